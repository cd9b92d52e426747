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
				description: 'Create a URL that logs a person straight into a room',
				action: 'Create an autologin link',
			},
		],
		default: 'createUrl',
	},
	...createUrl.description,
];
