import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as createUrl from './createUrl.operation';

export { createUrl };

export const description: INodeProperties[] = [
	operationSelector('autoLogin', 'createUrl', [
		{
			name: 'Create URL',
			value: 'createUrl',
			description:
				'Create an auto-login URL that takes a person (email, nickname, role) straight into a room without a login form',
			action: 'Create login URL for room',
		},
	]),
	...createUrl.description,
];
