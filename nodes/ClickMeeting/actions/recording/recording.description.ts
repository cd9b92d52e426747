import type { INodeProperties } from 'n8n-workflow';

import { numericLocator } from '../fields';

/**
 * The recording picker: a recording of the room chosen in the Room field, from a searchable list,
 * or by its ID (read with `extractValue: true`). A recording's URL is a signed link that names no
 * ID, so there is no By URL mode.
 */
export const recordingRLC: INodeProperties = {
	description: 'A recording of the room: pick it from the list, or give its ID (e.g. 5126)',
	...numericLocator('Recording', 'recordingId', 'searchRecordings', '5126'),
	typeOptions: { loadOptionsDependsOn: ['room.value'] },
};
