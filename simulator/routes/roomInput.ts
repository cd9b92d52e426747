/** The room fields of POST and PUT /conferences: read, checked, and the start and end they give. */
import { ErrorItem, MSG } from '../errors';
import { SKINS } from '../seed';
import { isValidTimeZone, parseDateInput, parseDurationMinutes } from '../time';
import type { AccessType, Room, RoomSettings } from '../types';
import { asBool, asInt, asObject, asString, checkChoice, has } from './input';

export interface RoomInput {
	name?: string;
	room_type?: 'meeting' | 'webinar';
	access_type?: AccessType;
	permanent_room?: boolean;
	password?: string;
	timezone?: string;
	starts_at?: string;
	durationMinutes?: number;
	lobby_description?: string;
	lobby_enabled?: boolean;
	skin_id?: number;
	registration_enabled?: boolean;
	registration_template?: number;
	settings?: Partial<RoomSettings>;
	status?: 'active' | 'inactive';
	custom_room_url_name?: string;
}

type BoolSettingKey = Exclude<keyof RoomSettings, 'thank_you_page_url'>;
const SETTING_KEYS: BoolSettingKey[] = [
	'show_on_personal_page',
	'thank_you_emails_enabled',
	'connection_tester_enabled',
	'phonegateway_enabled',
	'recorder_autostart_enabled',
	'room_invite_button_enabled',
	'social_media_sharing_enabled',
	'connection_status_enabled',
];
const NOT_STRING = 'This value should be of type string.';
const NOT_ARRAY = 'This value should be of type array.';

/** Validates every documented room field that is present (or required when creating); pushes errors. */
export function readRoomInput(
	b: Record<string, unknown>,
	errors: ErrorItem[],
	creating: boolean,
): RoomInput {
	const out: RoomInput = {};
	const fail = (name: string, message: string): void => {
		errors.push({ name, message });
	};
	const needed = (key: string): boolean => creating || has(b, key);
	if (needed('name')) {
		const name = asString(b.name)?.trim();
		if (!name) fail('name', MSG.blank);
		else out.name = name;
	}
	if (needed('room_type')) {
		const rt = asString(b.room_type)?.trim();
		if (!rt) fail('room_type', MSG.blank);
		else out.room_type = checkChoice(rt, ['meeting', 'webinar'] as const, 'room_type', errors);
	}
	if (needed('access_type')) {
		const at = asInt(b.access_type);
		if (b.access_type === undefined || b.access_type === '') fail('access_type', MSG.blank);
		else if (at !== 1 && at !== 2 && at !== 3)
			fail('access_type', `${MSG.choice} Allowed: 1, 2, 3.`);
		else out.access_type = at;
	}
	if (has(b, 'permanent_room'))
		out.permanent_room = asBool(b.permanent_room, 'permanent_room', errors);
	if (has(b, 'password')) {
		out.password = asString(b.password);
		if (out.password === undefined) fail('password', NOT_STRING);
	}
	if (has(b, 'timezone')) {
		const tz = asString(b.timezone)?.trim() ?? '';
		if (!tz || !isValidTimeZone(tz)) fail('timezone', MSG.timezone);
		else out.timezone = tz;
	}
	if (has(b, 'starts_at')) {
		out.starts_at = asString(b.starts_at)?.trim() || undefined;
		if (!out.starts_at) fail('starts_at', MSG.datetime);
	}
	if (has(b, 'duration')) {
		const d = asString(b.duration);
		const m = d === undefined ? null : parseDurationMinutes(d);
		if (m === null) fail('duration', MSG.duration);
		else out.durationMinutes = m;
	}
	if (has(b, 'lobby_description')) {
		const d = asString(b.lobby_description);
		if (d === undefined) fail('lobby_description', NOT_STRING);
		else if ([...d].length > 160)
			fail('lobby_description', 'This value is too long. It should have 160 characters or less.');
		else out.lobby_description = d;
	}
	if (has(b, 'lobby_enabled')) out.lobby_enabled = asBool(b.lobby_enabled, 'lobby_enabled', errors);
	if (has(b, 'skin_id')) {
		const id = asInt(b.skin_id);
		if (id === undefined || !SKINS.some((s) => Number(s.id) === id))
			fail('skin_id', `Skin ${String(b.skin_id)} does not exist (see GET /conferences/skins).`);
		else out.skin_id = id;
	}
	if (has(b, 'registration')) readRegistration(asObject(b.registration), out, errors);
	if (has(b, 'settings')) {
		const st = asObject(b.settings);
		if (!st) fail('settings', NOT_ARRAY);
		else out.settings = readSettings(st, errors);
	}
	if (!creating && has(b, 'status'))
		out.status = checkChoice(asString(b.status), ['active', 'inactive'] as const, 'status', errors);
	if (creating && has(b, 'custom_room_url_name'))
		out.custom_room_url_name = asString(b.custom_room_url_name)?.trim() || undefined;
	return out;
}

/** `registration[enabled]`, `registration[template]` (1..3). */
function readRegistration(
	reg: Record<string, unknown> | undefined,
	out: RoomInput,
	errors: ErrorItem[],
): void {
	if (!reg) {
		errors.push({ name: 'registration', message: NOT_ARRAY });
		return;
	}
	if (has(reg, 'enabled'))
		out.registration_enabled = asBool(reg.enabled, 'registration[enabled]', errors);
	if (has(reg, 'template')) {
		const t = asInt(reg.template);
		if (t === undefined || t < 1 || t > 3)
			errors.push({
				name: 'registration[template]',
				message: 'This value should be between 1 and 3.',
			});
		else out.registration_template = t;
	}
}

/** `settings[...]`: the boolean settings and `thank_you_page_url` (http or https). */
function readSettings(st: Record<string, unknown>, errors: ErrorItem[]): Partial<RoomSettings> {
	const s: Partial<RoomSettings> = {};
	for (const key of SETTING_KEYS) {
		if (!has(st, key)) continue;
		const v = asBool(st[key], `settings[${key}]`, errors);
		if (v !== undefined) s[key] = v;
	}
	if (has(st, 'thank_you_page_url')) {
		const u = asString(st.thank_you_page_url) ?? '';
		if (u && !/^https?:\/\/\S+$/.test(u))
			errors.push({
				name: 'settings[thank_you_page_url]',
				message: 'This value is not a valid URL.',
			});
		else s.thank_you_page_url = u;
	}
	return s;
}

/** The room's start and end after the input (`starts_at` in the room's or the new time zone). */
export function applyTimes(
	room: Pick<Room, 'timezone' | 'starts_at' | 'ends_at'>,
	input: RoomInput,
	errors: ErrorItem[],
	creating: boolean,
): { starts?: number; ends?: number } {
	let starts = room.starts_at;
	if (input.starts_at !== undefined) {
		const ms = parseDateInput(input.starts_at, input.timezone ?? room.timezone);
		if (ms === null) {
			errors.push({ name: 'starts_at', message: MSG.datetime });
			return {};
		}
		starts = ms;
	}
	const prevMinutes = Math.max(1, Math.round((room.ends_at - room.starts_at) / 60_000));
	const minutes = input.durationMinutes ?? (creating ? 60 : prevMinutes);
	return { starts, ends: starts + minutes * 60_000 };
}
