import type { INodeProperties } from 'n8n-workflow';

import * as createUrl from './createUrl.operation';

export { createUrl };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['autoLogin'] } },
		options: [
			{
				name: 'Create URL',
				value: 'createUrl',
				description:
					'Create an auto-login URL that takes a person (email, nickname, role) straight into a room without a login form',
				action: 'Create login URL for room',
			},
		],
		default: 'createUrl',
	},
	...createUrl.description,
];
