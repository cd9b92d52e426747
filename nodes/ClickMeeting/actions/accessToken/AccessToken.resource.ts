import type { INodeProperties } from 'n8n-workflow';

import * as generate from './generate.operation';
import * as getAll from './getAll.operation';

export { generate, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['accessToken'] } },
		options: [
			{
				name: 'Generate',
				value: 'generate',
				description: 'Generate single-use access tokens for a token-protected room',
				action: 'Generate access tokens',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the access tokens of a room',
				action: 'Get many access tokens',
			},
		],
		default: 'generate',
	},
	...generate.description,
	...getAll.description,
];
