import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['attendee'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'Get the attendees of one session of a room, or of every session when none is chosen: email, name, role, join and leave times, rating and poll answers',
				action: 'Get many attendees of session',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
