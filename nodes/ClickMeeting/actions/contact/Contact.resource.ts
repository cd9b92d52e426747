import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as createOrUpdate from './createOrUpdate.operation';

export { createOrUpdate };

export const description: INodeProperties[] = [
	operationSelector('contact', 'createOrUpdate', [
		{
			name: 'Create or Update',
			value: 'createOrUpdate',
			description: 'Create a contact, or update the contact that has this email address',
			action: 'Create or update contact',
		},
	]),
	...createOrUpdate.description,
];
