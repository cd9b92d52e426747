import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['phoneGateway'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the phone numbers attendees can dial in to, by country',
				action: 'Get many phone gateways',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
