import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkTimeZone, toApiDateTime, toApiDuration } from './dates';
import type { OutputChoice } from './output';
import { shapeOutput } from './output';
import { unwrapRoom, withHostLogin } from './room';

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

/**
 * The output item of a room answer (create, update): the room unwrapped from `room`/`conference`,
 * with `host_login_url` when ClickMeeting sent the host's auto-login hash, in the Output form chosen
 * (Simplified with `simplify`, Raw, or Selected Fields; read with `readOutput` before the request).
 */
export function roomOutput(
	output: OutputChoice,
	answer: unknown,
	simplify: (room: IDataObject) => IDataObject,
): IDataObject {
	return shapeOutput(output, withHostLogin(unwrapRoom(answer)), simplify);
}
