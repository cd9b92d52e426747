import type { INodeProperties } from 'n8n-workflow';

import * as sendEmail from './sendEmail.operation';

export { sendEmail };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invitation'] } },
		options: [
			{
				name: 'Send Email',
				value: 'sendEmail',
				description:
					'Send invitation emails to a room to a list of email addresses, as attendees or presenters',
				action: 'Send invitation emails for room',
			},
		],
		default: 'sendEmail',
	},
	...sendEmail.description,
];
