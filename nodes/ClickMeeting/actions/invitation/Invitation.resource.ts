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
				description: 'Send invitation e-mails to a room',
				action: 'Send invitation emails',
			},
		],
		default: 'sendEmail',
	},
	...sendEmail.description,
];
