import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { checkChoice, checkHttpUrl, checkId, checkWholeNumber, invalid } from './checks';
import { checkTimeZone, toApiDateTime, toApiDuration } from './dates';

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
	const fail = (field: string, detail: string) => invalid(this, itemIndex, field, detail);
	const body: IDataObject = {};

	if (fields.name !== undefined) {
		const name = String(fields.name ?? '').trim();
		if (!name) throw fail('Name', 'is empty: give the room a name');
		body.name = name;
	}
	if (fields.roomType !== undefined) {
		body.room_type = checkChoice(this, itemIndex, fields.roomType, 'Room Type', [
			'meeting',
			'webinar',
		]);
	}
	if (fields.permanentRoom !== undefined) body.permanent_room = Boolean(fields.permanentRoom);
	if (fields.accessType !== undefined) {
		const accessType = Number(fields.accessType);
		if (![1, 2, 3].includes(accessType)) {
			throw fail(
				'Access Type',
				`must be 1 (open), 2 (password) or 3 (token), got "${String(fields.accessType)}"`,
			);
		}
		body.access_type = accessType;
		if (accessType === 2 && !given(fields.password)) {
			throw fail('Password', 'is required when the access type is 2 (Password Protected)');
		}
	}
	if (given(fields.password)) body.password = String(fields.password);
	if (given(fields.customRoomUrlName))
		body.custom_room_url_name = String(fields.customRoomUrlName).trim();
	if (fields.lobbyDescription !== undefined) {
		const text = String(fields.lobbyDescription ?? '');
		if ([...text].length > 160) throw fail('Lobby Description', 'is longer than 160 characters');
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
		body.skin_id = checkId(this, itemIndex, fields.skinId, 'Skin', 'skin');
	}

	const registration: IDataObject = {};
	if (fields.registrationEnabled !== undefined)
		registration.enabled = Boolean(fields.registrationEnabled);
	if (given(fields.registrationTemplate)) {
		registration.template = checkWholeNumber(
			this,
			itemIndex,
			Number(fields.registrationTemplate),
			'Registration Template',
			1,
			3,
		);
	}
	if (Object.keys(registration).length) body.registration = registration;

	const settings: IDataObject = {};
	for (const [field, key] of Object.entries(SETTINGS)) {
		if (fields[field] !== undefined) settings[key] = Boolean(fields[field]);
	}
	if (fields.thankYouPageUrl !== undefined) {
		const url = String(fields.thankYouPageUrl ?? '').trim();
		settings.thank_you_page_url = url
			? checkHttpUrl(this, itemIndex, url, 'Thank You Page URL')
			: url;
	}
	if (Object.keys(settings).length) body.settings = settings;

	if (fields.status !== undefined) {
		body.status = checkChoice(this, itemIndex, fields.status, 'Status', ['active', 'inactive']);
	}
	return body;
}
