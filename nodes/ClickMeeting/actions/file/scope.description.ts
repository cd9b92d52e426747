import type { INodeProperties } from 'n8n-workflow';

import { roomRLC } from '../common.descriptions';

/** Account library or one room's library, with the room picker shown for a room. */
export const scopeFields: INodeProperties[] = [
	{
		displayName: 'Library',
		name: 'scope',
		type: 'options',
		options: [
			{
				name: 'Account Library',
				value: 'account',
				description: 'The file library of the whole account',
			},
			{
				name: 'Room Library',
				value: 'room',
				description: 'The file library of one room',
			},
		],
		default: 'account',
	},
	{ ...roomRLC, displayOptions: { show: { scope: ['room'] } } },
];
