import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['timeZone'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the time zones the API accepts, of every country or of one country',
				action: 'Get many time zones',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
