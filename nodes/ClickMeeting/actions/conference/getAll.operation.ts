/** GET /conferences/:status — Room → Get Many: active or inactive rooms, with filters. */
import type { IDataObject } from 'n8n-workflow';

import { collection } from '../fields';

import { checkChoice } from '../../helpers/checks';
import { readLimit } from '../../helpers/limit';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { activeRooms, simplifyRoom } from '../../helpers/room';
import { filteredRooms, readRoomFilters } from '../../helpers/roomFilter';
import { apiRequestAllPages } from '../../transport';
import { outputFields, returnAllOrLimit } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { roomTypeField } from './room.description';

export const description = operationFields('conference', 'getAll', [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active', description: 'All active meetings and webinars' },
			{
				name: 'Inactive',
				value: 'inactive',
				description: 'All inactive meetings and webinars, read 250 at a time',
			},
		],
		default: 'active',
		description: 'Which rooms to list',
	},
	...returnAllOrLimit,
	collection(
		'filters',
		[
			{
				displayName: 'Name Contains',
				name: 'nameContains',
				type: 'string',
				default: '',
				description: 'Only rooms whose name contains this text (case-insensitive)',
			},
			{
				displayName: 'Registration Enabled',
				name: 'registrationEnabled',
				type: 'boolean',
				default: true,
				description:
					'Whether to keep only rooms with registration enabled (on) or only rooms without it (off)',
			},
			{ ...roomTypeField, default: 'webinar', description: 'Only rooms of this type' },
		],
		{
			description:
				'Applied to each page as it is read, so a Limit stops reading once enough rooms match',
		},
	),
	...outputFields('id, name, room_url, starts_at'),
]);

/**
 * GET /conferences/:status — active or inactive rooms, pages of 250: Return All reads every page, a
 * Limit only the pages it needs. Active rooms stop at a page that repeats ids (an API ignoring `page`).
 * Filters (name contains, room type, registration enabled) are applied page by page.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const output = readOutput.call(this, itemIndex);
	const filters = readRoomFilters.call(this, itemIndex);
	const status = checkChoice(
		this,
		itemIndex,
		this.getNodeParameter('status', itemIndex),
		'Status',
		['active', 'inactive'],
	);

	let rooms: IDataObject[];
	if (filters) {
		rooms = await filteredRooms.call(this, itemIndex, status, filters, limit);
	} else if (status === 'inactive') {
		rooms = await apiRequestAllPages.call(
			this,
			{ endpoint: '/conferences/inactive', itemIndex },
			limit,
		);
	} else {
		rooms = await activeRooms.call(this, itemIndex, limit);
	}
	return rooms.map((room) => ({ json: shapeOutput(output, room, simplifyRoom) }));
};
