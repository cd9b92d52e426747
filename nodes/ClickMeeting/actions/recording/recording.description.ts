import type { INodeProperties } from 'n8n-workflow';

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
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRecordings', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 5126',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[0-9]+\\s*$',
						errorMessage: 'A recording ID is a number, e.g. 5126',
					},
				},
			],
		},
	],
};
