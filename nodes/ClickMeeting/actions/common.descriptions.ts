import type { INodeProperties } from 'n8n-workflow';

import { numericLocator } from './fields';

/** The room (conference) picker: from a searchable list, by ID, or by its room or embed URL. */
export const roomRLC: INodeProperties = {
	description:
		'The meeting or webinar room: pick it from the list, or give its numeric ID (e.g. 2686) or its URL',
	...numericLocator('Room', 'room', 'searchRooms', '2686', {
		placeholder: 'e.g. https://example.clickmeeting.com/my_meeting',
		errorMessage: 'Paste the room URL or the embed URL of the room',
	}),
};

/**
 * The session picker: a session of the room chosen in the Room field, from a searchable list
 * (newest first), or by its numeric ID. Read with `extractValue: true` (helpers/session.ts).
 */
export const sessionRLC: INodeProperties = {
	description: 'A session of the room: pick it from the list, or give its numeric ID (e.g. 65075)',
	...numericLocator('Session', 'session', 'searchSessions', '65075'),
	typeOptions: { loadOptionsDependsOn: ['room.value'] },
};

/** An email address field (`email`); `description` says whose address it is. */
export function emailField(description: string): INodeProperties {
	return {
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. nathan@example.com',
		required: true,
		default: '',
		description,
	};
}

/** First Name and Last Name (`firstName`, `lastName`), both required; `whose` ends "… name of the". */
export function nameFields(whose: string): INodeProperties[] {
	return (['First', 'Last'] as const).map((part) => ({
		displayName: `${part} Name`,
		name: `${part.toLowerCase()}Name`,
		type: 'string',
		required: true,
		default: '',
		description: `${part} name of the ${whose}`,
	}));
}

/** Return All / Limit, for list operations. */
export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/** Simplify switch for operations whose items have many fields. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** Where a download puts its file: the output binary field's name. */
export const binaryOutputField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the output binary field to put the file in',
};

/**
 * Output: Simplified (default) / Raw / Selected Fields, for list and get operations, so that an
 * answer fits an AI agent's context. `fieldsExample` names a few fields of this operation's items.
 * Read with helpers/output.ts `readOutput`.
 */
export function outputFields(fieldsExample: string): INodeProperties[] {
	return [
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'simplified',
			options: [
				{
					name: 'Simplified',
					value: 'simplified',
					description: 'Only the fields most workflows and AI agents need (short answers)',
				},
				{ name: 'Raw', value: 'raw', description: 'Every field ClickMeeting returns' },
				{
					name: 'Selected Fields',
					value: 'selected',
					description: 'Only the fields listed in Fields',
				},
			],
			description: 'What each output item holds',
		},
		{
			displayName: 'Fields',
			name: 'fields',
			type: 'string',
			default: '',
			required: true,
			placeholder: `e.g. ${fieldsExample}`,
			description:
				'Names of the fields to output, separated by commas; a dot for a nested field, e.g. settings.lobby_enabled',
			displayOptions: { show: { output: ['selected'] } },
		},
	];
}
