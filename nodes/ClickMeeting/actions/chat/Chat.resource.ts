import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as download from './download.operation';
import * as getAll from './getAll.operation';

export { download, getAll };

export const description: INodeProperties[] = [
	operationSelector('chat', 'getAll', [
		{
			name: 'Download',
			value: 'download',
			description: 'Download the chat of a session as a ZIP file into a binary field',
			action: 'Download chat of session',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				'Get the chats of the account (one per session), optionally only of a room name or after a date',
			action: 'Get many chats',
		},
	]),
	...download.description,
	...getAll.description,
];
