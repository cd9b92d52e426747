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
				description: 'Create a new contact, or update the contact with this e-mail address',
				action: 'Create or update a contact',
			},
		],
		default: 'createOrUpdate',
	},
	...createOrUpdate.description,
];
