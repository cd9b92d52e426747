import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkTimeZone, toApiDateTime, toApiDuration } from '../../helpers/dates';
import { hostLoginUrl } from '../../helpers/room';

/** Room fields of POST and PUT /conferences, as the editor shows them. */

export const roomTypeField: INodeProperties = {
	displayName: 'Room Type',
	name: 'roomType',
	type: 'options',
	options: [
		{ name: 'Meeting', value: 'meeting' },
		{ name: 'Webinar', value: 'webinar' },
	],
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

/** The optional fields that Create and Update share, sorted by display name. */
export const sharedOptionalFields: INodeProperties[] = [
	{
		displayName: 'Connection Status Enabled',
		name: 'connectionStatusEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether to show the connection status in the room',
	},
	{
		displayName: 'Connection Tester Enabled',
		name: 'connectionTesterEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether to turn on the connection tester',
	},
	{
		displayName: 'Duration',
		name: 'duration',
		type: 'string',
		default: '1:00',
		placeholder: 'e.g. 1:20',
		description: 'Duration of the meeting in hours and minutes (H:MM), e.g. 1:20 or 0:20',
	},
	{
		displayName: 'Lobby Description',
		name: 'lobbyDescription',
		type: 'string',
		default: '',
		description:
			'Message shown in the lobby while attendees wait for the meeting to start (up to 160 characters)',
	},
	{
		displayName: 'Lobby Enabled',
		name: 'lobbyEnabled',
		type: 'boolean',
		default: true,
		description:
			'Whether attendees wait in the lobby until the organizer starts the meeting (paid accounts only)',
	},
	{
		displayName: 'Phone Gateway Enabled',
		name: 'phonegatewayEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether attendees may join by phone',
	},
	{
		displayName: 'Recorder Autostart Enabled',
		name: 'recorderAutostartEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether the recorder starts automatically',
	},
	{
		displayName: 'Registration Enabled',
		name: 'registrationEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether attendees must register for the meeting',
	},
	{
		displayName: 'Registration Template',
		name: 'registrationTemplate',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3 },
		default: 1,
		description: 'Registration template of the meeting, 1 to 3',
	},
	{
		displayName: 'Room Invite Button Enabled',
		name: 'roomInviteButtonEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether the invite option is shown in the room',
	},
	{
		displayName: 'Show on Personal Page',
		name: 'showOnPersonalPage',
		type: 'boolean',
		default: true,
		description: 'Whether to display the room on your personal page',
	},
	{
		displayName: 'Skin Name or ID',
		name: 'skinId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSkins' },
		default: '',
		description:
			'Skin of the room. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Social Media Sharing Enabled',
		name: 'socialMediaSharingEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether attendees may share the room on social media',
	},
	{
		displayName: 'Starts At',
		name: 'startsAt',
		type: 'dateTime',
		default: '',
		description:
			'Start date and time of the meeting (not needed for a permanent room). Without an offset it is read in the Time Zone field’s zone.',
	},
	{
		displayName: 'Thank You Emails Enabled',
		name: 'thankYouEmailsEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether attendees get a thank-you email',
	},
	{
		displayName: 'Thank You Page URL',
		name: 'thankYouPageUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/thanks',
		description: 'Page attendees see after the meeting',
	},
	{
		displayName: 'Time Zone Name or ID',
		name: 'timezone',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTimeZones' },
		default: '',
		description:
			'Time zone of the start date, e.g. America/New_York. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** Sorts collection options by display name, as the editor lists them. */
export function byDisplayName(fields: INodeProperties[]): INodeProperties[] {
	return [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const SETTINGS: Record<string, string> = {
	showOnPersonalPage: 'show_on_personal_page',
	thankYouEmailsEnabled: 'thank_you_emails_enabled',
	connectionTesterEnabled: 'connection_tester_enabled',
	phonegatewayEnabled: 'phonegateway_enabled',
	recorderAutostartEnabled: 'recorder_autostart_enabled',
	roomInviteButtonEnabled: 'room_invite_button_enabled',
	socialMediaSharingEnabled: 'social_media_sharing_enabled',
	connectionStatusEnabled: 'connection_status_enabled',
};

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Validates the room fields of one item and builds the form body of POST/PUT /conferences
 * (`registration[...]`, `settings[...]` nested). `fields` uses the editor's names.
 */
export function buildRoomBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const fail = (message: string) => new NodeOperationError(this.getNode(), message, { itemIndex });
	const body: IDataObject = {};

	if (fields.name !== undefined) {
		const name = String(fields.name ?? '').trim();
		if (!name) throw fail('The "Name" field is empty: give the room a name');
		body.name = name;
	}
	if (fields.roomType !== undefined) {
		if (fields.roomType !== 'meeting' && fields.roomType !== 'webinar') {
			throw fail(
				`The "Room Type" field must be "meeting" or "webinar", got "${String(fields.roomType)}"`,
			);
		}
		body.room_type = fields.roomType;
	}
	if (fields.permanentRoom !== undefined) body.permanent_room = Boolean(fields.permanentRoom);
	if (fields.accessType !== undefined) {
		const accessType = Number(fields.accessType);
		if (![1, 2, 3].includes(accessType)) {
			throw fail(
				`The "Access Type" field must be 1 (open), 2 (password) or 3 (token), got "${String(fields.accessType)}"`,
			);
		}
		body.access_type = accessType;
		if (accessType === 2 && !given(fields.password)) {
			throw fail('The "Password" field is required when the access type is 2 (Password Protected)');
		}
	}
	if (given(fields.password)) body.password = String(fields.password);
	if (given(fields.customRoomUrlName))
		body.custom_room_url_name = String(fields.customRoomUrlName).trim();
	if (fields.lobbyDescription !== undefined) {
		const text = String(fields.lobbyDescription ?? '');
		if ([...text].length > 160)
			throw fail('The "Lobby Description" field is longer than 160 characters');
		body.lobby_description = text;
	}
	if (fields.lobbyEnabled !== undefined) body.lobby_enabled = Boolean(fields.lobbyEnabled);
	if (given(fields.startsAt))
		body.starts_at = toApiDateTime.call(this, itemIndex, fields.startsAt, 'Starts At');
	if (given(fields.duration))
		body.duration = toApiDuration.call(this, itemIndex, fields.duration, 'Duration');
	if (given(fields.timezone))
		body.timezone = checkTimeZone.call(this, itemIndex, fields.timezone, 'Time Zone');
	if (given(fields.skinId)) {
		const skin = String(fields.skinId).trim();
		if (!/^[0-9]+$/.test(skin))
			throw fail(`The "Skin" field must be a numeric skin ID, got "${skin}"`);
		body.skin_id = Number(skin);
	}

	const registration: IDataObject = {};
	if (fields.registrationEnabled !== undefined)
		registration.enabled = Boolean(fields.registrationEnabled);
	if (given(fields.registrationTemplate)) {
		const template = Number(fields.registrationTemplate);
		if (![1, 2, 3].includes(template)) {
			throw fail(
				`The "Registration Template" field must be 1, 2 or 3, got "${String(fields.registrationTemplate)}"`,
			);
		}
		registration.template = template;
	}
	if (Object.keys(registration).length) body.registration = registration;

	const settings: IDataObject = {};
	for (const [field, key] of Object.entries(SETTINGS)) {
		if (fields[field] !== undefined) settings[key] = Boolean(fields[field]);
	}
	if (fields.thankYouPageUrl !== undefined) {
		const url = String(fields.thankYouPageUrl ?? '').trim();
		if (url && !/^https?:\/\/\S+$/i.test(url)) {
			throw fail(`The "Thank You Page URL" field must be an http(s) URL, got "${url}"`);
		}
		settings.thank_you_page_url = url;
	}
	if (Object.keys(settings).length) body.settings = settings;

	if (fields.status !== undefined) {
		if (fields.status !== 'active' && fields.status !== 'inactive') {
			throw fail(
				`The "Status" field must be "active" or "inactive", got "${String(fields.status)}"`,
			);
		}
		body.status = fields.status;
	}
	return body;
}

/** The room object of an answer: `{"room":{...}}` (create) or `{"conference":{...}}` (get, update). */
export function unwrapRoom(answer: unknown): IDataObject {
	const data = (answer ?? {}) as IDataObject;
	return ((data.room ?? data.conference ?? data) as IDataObject) ?? {};
}

export const rawResponseOption: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Raw Response',
			name: 'rawResponse',
			type: 'boolean',
			default: false,
			description:
				'Whether to return the API’s whole answer, with its wrapper object, instead of the room itself',
		},
	],
};

/** The room with `host_login_url` (the host's ready login) added when the room carries an auto-login hash. */
export function withHostLogin(room: IDataObject): IDataObject {
	const url = hostLoginUrl(room);
	return url === undefined ? room : { ...room, host_login_url: url };
}

/**
 * The output item of a room answer: the room unwrapped, with `host_login_url` when ClickMeeting sent
 * the host's auto-login hash; the whole answer as sent when Options → Raw Response is on.
 */
export function roomOutput(
	this: IExecuteFunctions,
	itemIndex: number,
	answer: unknown,
): IDataObject {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return options.rawResponse ? ((answer ?? {}) as IDataObject) : withHostLogin(unwrapRoom(answer));
}
