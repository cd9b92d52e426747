import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteRoom from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getSkins from './getSkins.operation';
import * as update from './update.operation';

export { create, deleteRoom as delete, get, getAll, getSkins, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conference'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a meeting or webinar room',
				action: 'Create a conference',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a room',
				action: 'Delete a conference',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get the details of a room',
				action: 'Get a conference',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List active or inactive rooms',
				action: 'Get many conferences',
			},
			{
				name: 'Get Skins',
				value: 'getSkins',
				description: 'List the room skins available to the account',
				action: 'Get room skins',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the settings or the status of a room',
				action: 'Update a conference',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...deleteRoom.description,
	...get.description,
	...getAll.description,
	...getSkins.description,
	...update.description,
];
