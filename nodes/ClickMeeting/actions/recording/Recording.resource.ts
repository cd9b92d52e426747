import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as del from './delete.operation';
import * as deleteAll from './deleteAll.operation';
import * as getAll from './getAll.operation';

export { del as delete, deleteAll, getAll };

export const description: INodeProperties[] = [
	operationSelector('recording', 'getAll', [
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete one recording of a room by its ID',
			action: 'Delete recording',
		},
		{
			name: 'Delete All',
			value: 'deleteAll',
			description: 'Permanently delete EVERY recording of a room. Cannot be undone.',
			action: 'Delete all recordings of room',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				'Get the recordings of a room: ID, name, length, size, start time and download URL',
			action: 'Get many recordings of room',
		},
	]),
	...del.description,
	...deleteAll.description,
	...getAll.description,
];
