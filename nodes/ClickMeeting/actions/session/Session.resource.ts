import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['session'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a summary of a session of a room: start and end, visitor counts, attendees and the URLs of ready PDF reports',
				action: 'Get session',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the sessions held in a room: ID, start and end, visitor counts',
				action: 'Get many sessions of room',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
