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
				description: 'Get a session of a room, with its attendees and PDF report links',
				action: 'Get a session',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get the sessions of a room',
				action: 'Get many sessions',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
