import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as create from './create.operation';
import * as deleteRoom from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getSkins from './getSkins.operation';
import * as update from './update.operation';

export { create, deleteRoom as delete, get, getAll, getSkins, update };

export const description: INodeProperties[] = [
	operationSelector('conference', 'getAll', [
		{
			name: 'Create',
			value: 'create',
			description:
				'Create a meeting or webinar room (name, type, start time, duration, access); returns the room with its ID and URL',
			action: 'Create room',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a room by its ID or URL',
			action: 'Delete room',
		},
		{
			name: 'Get',
			value: 'get',
			description:
				'Get the details of a room by its ID or URL: name, type, status, start and end, URL, access, settings',
			action: 'Get room',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				'Get the active (upcoming or running) or inactive rooms: ID, name, URL, type, status, start and end',
			action: 'Get many rooms',
		},
		{
			name: 'Get Skins',
			value: 'getSkins',
			description: 'Get the room skins the account can use (ID, name, preview)',
			action: 'Get room skins',
		},
		{
			name: 'Update',
			value: 'update',
			description:
				'Change the settings or the status of a room by its ID or URL; returns the updated room',
			action: 'Update room',
		},
	]),
	...create.description,
	...deleteRoom.description,
	...get.description,
	...getAll.description,
	...getSkins.description,
	...update.description,
];
