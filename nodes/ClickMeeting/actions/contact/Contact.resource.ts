import type { INodeProperties } from 'n8n-workflow';

import * as createOrUpdate from './createOrUpdate.operation';

export { createOrUpdate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Create or Update',
				value: 'createOrUpdate',
				description: 'Create a contact, or update the contact that has this email address',
				action: 'Create or update contact',
			},
		],
		default: 'createOrUpdate',
	},
	...createOrUpdate.description,
];
