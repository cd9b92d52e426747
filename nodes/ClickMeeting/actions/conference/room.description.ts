import type { INodeProperties } from 'n8n-workflow';

import { choices } from '../fields';

/** Room fields of POST and PUT /conferences, as the editor shows them (the optional ones: roomOptions.description.ts). */

export const roomTypeField: INodeProperties = {
	displayName: 'Room Type',
	name: 'roomType',
	type: 'options',
	options: choices('Meeting', 'Webinar'),
	default: 'meeting',
	description: 'Whether the event is a meeting or a webinar',
};

export const permanentRoomField: INodeProperties = {
	displayName: 'Permanent Room',
	name: 'permanentRoom',
	type: 'boolean',
	default: false,
	description: 'Whether the room is permanent (endless) rather than a one-time scheduled meeting',
};

export const accessTypeField: INodeProperties = {
	displayName: 'Access Type',
	name: 'accessType',
	type: 'options',
	options: [
		{ name: 'Open', value: 1, description: 'Open access, no password or token' },
		{ name: 'Password Protected', value: 2, description: 'Attendees need the room password' },
		{
			name: 'Token Protected',
			value: 3,
			description: 'Each invitee needs a single-use access token',
		},
	],
	default: 1,
	description: 'Who may enter the room',
};

export const passwordField: INodeProperties = {
	displayName: 'Password',
	name: 'password',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	description: 'Room password, required when the access type is Password Protected',
};

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Weekly Team Meeting',
	description: 'Name of the room shown to attendees; it is also part of the room URL',
};

export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Inactive', value: 'inactive', description: 'Participants cannot enter the room' },
	],
	default: 'active',
	description: 'Status of the room',
};

export const customRoomUrlNameField: INodeProperties = {
	displayName: 'Custom Room URL Name',
	name: 'customRoomUrlName',
	type: 'string',
	default: '',
	placeholder: 'e.g. my_meeting',
	description:
		'Last part of the room URL (http://{login}.clickmeeting.com/{name}); made from the name when empty',
};

/** Sorts collection options by display name, as the editor lists them. */
export function byDisplayName(fields: INodeProperties[]): INodeProperties[] {
	return [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
