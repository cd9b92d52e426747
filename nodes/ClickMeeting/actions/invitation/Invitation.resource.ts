import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as sendEmail from './sendEmail.operation';

export { sendEmail };

export const description: INodeProperties[] = [
	operationSelector('invitation', 'sendEmail', [
		{
			name: 'Send Email',
			value: 'sendEmail',
			description:
				'Send invitation emails to a room to a list of email addresses, as attendees or presenters',
			action: 'Send invitation emails for room',
		},
	]),
	...sendEmail.description,
];
