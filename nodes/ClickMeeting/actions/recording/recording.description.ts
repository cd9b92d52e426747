import type { INodeProperties } from 'n8n-workflow';

import { numericIdModes } from '../fields';

/**
 * The recording picker: a recording of the room chosen in the Room field, from a searchable list,
 * or by its ID (read with `extractValue: true`). A recording's URL is a signed link that names no
 * ID, so there is no By URL mode.
 */
export const recordingRLC: INodeProperties = {
	displayName: 'Recording',
	name: 'recordingId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	typeOptions: { loadOptionsDependsOn: ['room.value'] },
	description: 'A recording of the room: pick it from the list, or give its ID (e.g. 5126)',
	modes: numericIdModes('searchRecordings', 'recording', '5126'),
};
