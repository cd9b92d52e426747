import type { INodeProperties } from 'n8n-workflow';

import * as download from './download.operation';
import * as getAll from './getAll.operation';

export { download, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['chat'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				description: 'Download the chat of a session as a zip file into a binary field',
				action: 'Download a chat',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the chats of the account, optionally filtered by room name and date',
				action: 'Get many chats',
			},
		],
		default: 'getAll',
	},
	...download.description,
	...getAll.description,
];
