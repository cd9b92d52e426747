/** The /v1 routes and their handlers. */
import type { MultipartFile } from './body';
import { ApiError, ErrorItem, MSG, invalid, notFound } from './errors';
import { buildPdf } from './pdf';
import {
	AccessType,
	PHONE_GATEWAYS,
	Room,
	RoomSettings,
	SKINS,
	Session,
	SimulatorState,
	defaultSettings,
	documentType,
	guessContentType,
	randomCode,
	slugify,
} from './state';
import { allTimeZones, isValidTimeZone, parseDateInput, parseDurationMinutes } from './time';
import { timeZonesForCountry } from './timezones';
import {
	attendeeView,
	chatCsv,
	chatListView,
	fileView,
	pdfStatus,
	recordingView,
	registrationUrl,
	registrationView,
	roomView,
	sessionListView,
	sessionView,
	tokenView,
} from './views';
import { createZip } from './zip';

export interface ApiHost {
	state: SimulatorState;
	options: {
		pdfSteps: number;
		pdfInProgressSpelling: string;
		maxTokensPerRoom: number;
		/** `GET /conferences/active`: 'paged' (250 a page, `page` 1 when not given) or 'ignored' (every room, `page` ignored) */
		activeRoomsPaging: 'paged' | 'ignored';
		/** DELETE answers the bare JSON string "200 OK" instead of its documented object */
		bareOkDeletes: boolean;
	};
}

export interface Ctx {
	method: string;
	params: string[];
	query: Record<string, string>;
	body: Record<string, unknown>;
	files: MultipartFile[];
	origin: string;
	apiBase: string;
	host: ApiHost;
}

export interface Answer {
	status?: number;
	json?: unknown;
	raw?: Buffer;
	headers?: Record<string, string>;
}

type Handler = (c: Ctx) => Answer;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANG_RE = /^[a-z]{2}$/;
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

// ------------------------------------------------------------------ value helpers

function has(obj: Record<string, unknown>, key: string): boolean {
	return (
		Object.prototype.hasOwnProperty.call(obj, key) && obj[key] !== undefined && obj[key] !== null
	);
}

function asString(v: unknown): string | undefined {
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	return undefined;
}

function asObject(v: unknown): Record<string, unknown> | undefined {
	if (v && typeof v === 'object') return v as Record<string, unknown>;
	return undefined;
}

function asBool(v: unknown, field: string, errors: ErrorItem[]): boolean | undefined {
	if (v === undefined || v === null) return undefined;
	if (v === true || v === 1) return true;
	if (v === false || v === 0) return false;
	if (typeof v === 'string') {
		const s = v.trim().toLowerCase();
		if (s === '1' || s === 'true' || s === 'on' || s === 'yes') return true;
		if (s === '0' || s === 'false' || s === 'off' || s === 'no' || s === '') return false;
	}
	errors.push({ name: field, message: MSG.bool });
	return undefined;
}

function asInt(v: unknown): number | undefined {
	if (typeof v === 'number' && Number.isInteger(v)) return v;
	if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
	return undefined;
}

function roomOf(c: Ctx, idx = 0): Room {
	const id = Number(c.params[idx]);
	const room = c.host.state.rooms.get(id);
	if (!room) throw notFound('room_id', `Room ${c.params[idx]} not found.`);
	return room;
}

function sessionOf(c: Ctx, room: Room, idx = 1): Session {
	const s = c.host.state.sessions.get(Number(c.params[idx]));
	if (!s || s.room_id !== room.id)
		throw notFound('session_id', `Session ${c.params[idx]} not found in room ${room.id}.`);
	return s;
}

const ok = (json: unknown): Answer => ({ status: 200, json });
/** A DELETE's answer: its documented object, or the bare "200 OK" string some deletes answer. */
const deleted = (c: Ctx, json: unknown): Answer =>
	ok(c.host.options.bareOkDeletes ? '200 OK' : json);

// ------------------------------------------------------------------ conferences

interface RoomInput {
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

/** Validates every documented room field that is present; pushes errors. */
function readRoomInput(
	b: Record<string, unknown>,
	errors: ErrorItem[],
	creating: boolean,
): RoomInput {
	const out: RoomInput = {};
	if (creating || has(b, 'name')) {
		const name = asString(b.name)?.trim();
		if (!name) errors.push({ name: 'name', message: MSG.blank });
		else out.name = name;
	}
	if (creating || has(b, 'room_type')) {
		const rt = asString(b.room_type)?.trim();
		if (!rt) errors.push({ name: 'room_type', message: MSG.blank });
		else if (rt !== 'meeting' && rt !== 'webinar')
			errors.push({ name: 'room_type', message: `${MSG.choice} Allowed: meeting, webinar.` });
		else out.room_type = rt;
	}
	if (creating || has(b, 'access_type')) {
		const at = asInt(b.access_type);
		if (b.access_type === undefined || b.access_type === '')
			errors.push({ name: 'access_type', message: MSG.blank });
		else if (at !== 1 && at !== 2 && at !== 3)
			errors.push({ name: 'access_type', message: `${MSG.choice} Allowed: 1, 2, 3.` });
		else out.access_type = at;
	}
	if (has(b, 'permanent_room'))
		out.permanent_room = asBool(b.permanent_room, 'permanent_room', errors);
	if (has(b, 'password')) {
		const p = asString(b.password);
		if (p === undefined)
			errors.push({ name: 'password', message: 'This value should be of type string.' });
		else out.password = p;
	}
	if (has(b, 'timezone')) {
		const tz = asString(b.timezone)?.trim() ?? '';
		if (!tz || !isValidTimeZone(tz)) errors.push({ name: 'timezone', message: MSG.timezone });
		else out.timezone = tz;
	}
	if (has(b, 'starts_at')) {
		const s = asString(b.starts_at)?.trim();
		if (!s) errors.push({ name: 'starts_at', message: MSG.datetime });
		else out.starts_at = s;
	}
	if (has(b, 'duration')) {
		const d = asString(b.duration);
		const m = d === undefined ? null : parseDurationMinutes(d);
		if (m === null) errors.push({ name: 'duration', message: MSG.duration });
		else out.durationMinutes = m;
	}
	if (has(b, 'lobby_description')) {
		const d = asString(b.lobby_description);
		if (d === undefined)
			errors.push({ name: 'lobby_description', message: 'This value should be of type string.' });
		else if ([...d].length > 160)
			errors.push({
				name: 'lobby_description',
				message: 'This value is too long. It should have 160 characters or less.',
			});
		else out.lobby_description = d;
	}
	if (has(b, 'lobby_enabled')) out.lobby_enabled = asBool(b.lobby_enabled, 'lobby_enabled', errors);
	if (has(b, 'skin_id')) {
		const id = asInt(b.skin_id);
		if (id === undefined || !SKINS.some((s) => Number(s.id) === id))
			errors.push({
				name: 'skin_id',
				message: `Skin ${String(b.skin_id)} does not exist (see GET /conferences/skins).`,
			});
		else out.skin_id = id;
	}
	if (has(b, 'registration')) {
		const reg = asObject(b.registration);
		if (!reg) errors.push({ name: 'registration', message: 'This value should be of type array.' });
		else {
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
	}
	if (has(b, 'settings')) {
		const st = asObject(b.settings);
		if (!st) errors.push({ name: 'settings', message: 'This value should be of type array.' });
		else {
			const s: Partial<Record<BoolSettingKey, boolean>> & { thank_you_page_url?: string } = {};
			for (const key of SETTING_KEYS) {
				if (has(st, key)) {
					const v = asBool(st[key], `settings[${key}]`, errors);
					if (v !== undefined) s[key] = v;
				}
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
			out.settings = s;
		}
	}
	if (!creating && has(b, 'status')) {
		const s = asString(b.status);
		if (s !== 'active' && s !== 'inactive')
			errors.push({ name: 'status', message: `${MSG.choice} Allowed: active, inactive.` });
		else out.status = s;
	}
	if (creating && has(b, 'custom_room_url_name')) {
		const u = asString(b.custom_room_url_name)?.trim();
		if (u) out.custom_room_url_name = u;
	}
	return out;
}

function applyTimes(
	room: Room,
	input: RoomInput,
	errors: ErrorItem[],
	creating: boolean,
): { starts?: number; ends?: number } {
	const tz = input.timezone ?? room.timezone;
	let starts = room.starts_at;
	if (input.starts_at !== undefined) {
		const ms = parseDateInput(input.starts_at, tz);
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

function createRoom(c: Ctx): Answer {
	const state = c.host.state;
	const errors: ErrorItem[] = [];
	const input = readRoomInput(c.body, errors, true);
	if (input.access_type === 2 && !input.password)
		errors.push({
			name: 'password',
			message: 'This value should not be blank when access_type is 2 (password protected).',
		});
	const now = Math.floor(Date.now() / 1000) * 1000;
	const probe = {
		timezone: input.timezone ?? 'America/New_York',
		starts_at: now,
		ends_at: now + 3600_000,
	} as Room;
	const times = applyTimes(probe, input, errors, true);
	if (errors.length) throw invalid(errors);
	const name = input.name as string;
	const room = state.addRoom({
		name,
		name_url: state.uniqueNameUrl(slugify(input.custom_room_url_name ?? name)),
		room_type: input.room_type,
		access_type: input.access_type,
		permanent_room: input.permanent_room ?? false,
		password: input.password ?? null,
		timezone: input.timezone,
		lobby_description: input.lobby_description ?? '',
		lobby_enabled: input.lobby_enabled ?? true,
		skin_id: input.skin_id ?? null,
		registration_enabled: input.registration_enabled ?? false,
		registration_template: input.registration_template ?? 1,
		settings: { ...defaultSettings(), ...(input.settings ?? {}) },
		created_at: now,
		updated_at: now,
		starts_at: times.starts,
		ends_at: times.ends,
	});
	return ok({ room: roomView(state, room, 'create') });
}

function updateRoom(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const errors: ErrorItem[] = [];
	const input = readRoomInput(c.body, errors, false);
	if (
		(input.starts_at !== undefined || input.durationMinutes !== undefined) &&
		!has(c.body, 'permanent_room')
	) {
		errors.push({
			name: 'permanent_room',
			message: 'This value is required when starts_at or duration is changed.',
		});
	}
	const newAccess = input.access_type ?? room.access_type;
	const newPassword = input.password ?? room.password;
	if (newAccess === 2 && !newPassword)
		errors.push({
			name: 'password',
			message: 'This value should not be blank when access_type is 2 (password protected).',
		});
	const times = applyTimes(room, input, errors, false);
	if (errors.length) throw invalid(errors);

	if (input.name !== undefined) room.name = input.name;
	if (input.room_type !== undefined) room.room_type = input.room_type;
	if (input.access_type !== undefined) room.access_type = input.access_type;
	if (input.permanent_room !== undefined) room.permanent_room = input.permanent_room;
	if (input.password !== undefined) room.password = input.password;
	if (input.timezone !== undefined) room.timezone = input.timezone;
	if (input.lobby_description !== undefined) room.lobby_description = input.lobby_description;
	if (input.lobby_enabled !== undefined) room.lobby_enabled = input.lobby_enabled;
	if (input.skin_id !== undefined) room.skin_id = input.skin_id;
	if (input.registration_enabled !== undefined)
		room.registration_enabled = input.registration_enabled;
	if (input.registration_template !== undefined)
		room.registration_template = input.registration_template;
	if (input.settings) Object.assign(room.settings, input.settings);
	if (input.status !== undefined) room.status = input.status;
	if (times.starts !== undefined && times.ends !== undefined) {
		room.starts_at = times.starts;
		room.ends_at = times.ends;
	}
	room.updated_at = Math.floor(Date.now() / 1000) * 1000;
	return ok({ conference: roomView(state, room, 'update') });
}

function listRooms(c: Ctx): Answer {
	const state = c.host.state;
	const status = c.params[0];
	const out: unknown[] = [];
	if (status === 'active' && c.host.options.activeRoomsPaging === 'ignored') {
		for (const r of state.rooms.values())
			if (r.status === 'active') out.push(roomView(state, r, 'list'));
		return ok(out);
	}
	let page = 1;
	if (c.query.page !== undefined) {
		const p = asInt(c.query.page);
		if (p === undefined || p < 1)
			throw invalid([
				{ name: 'page', message: 'This value should be a positive integer (page=1..n).' },
			]);
		page = p;
	}
	const from = (page - 1) * 250;
	let i = 0;
	for (const r of state.rooms.values()) {
		if (r.status !== status) continue;
		if (i >= from && i < from + 250) out.push(roomView(state, r, 'list'));
		i++;
		if (i >= from + 250) break;
	}
	return ok(out);
}

// ------------------------------------------------------------------ tokens, autologin, invitations

function generateTokens(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	if (room.access_type !== 3) {
		throw invalid([
			{
				name: 'access_type',
				message:
					'Access tokens can be generated only for rooms with access_type 3 (token protected).',
			},
		]);
	}
	const n = asInt(c.body.how_many);
	if (c.body.how_many === undefined || c.body.how_many === '')
		throw invalid([{ name: 'how_many', message: MSG.blank }]);
	if (n === undefined || n < 1 || n > 1000)
		throw invalid([{ name: 'how_many', message: 'This value should be between 1 and 1000.' }]);
	const existing = state.tokensOf(room.id).length;
	const cap = c.host.options.maxTokensPerRoom;
	if (existing + n > cap) {
		throw invalid([
			{
				name: 'how_many',
				message: `The room's access token limit (${cap}) would be exceeded: ${existing} tokens exist, ${Math.max(0, cap - existing)} more can be generated.`,
			},
		]);
	}
	const tokens = state.generateTokens(room.id, n);
	return ok({ access_tokens: tokens.map((t) => tokenView(t, room.timezone)) });
}

function listTokens(c: Ctx): Answer {
	const room = roomOf(c);
	return ok({
		access_tokens: (c.host.state.tokens.get(room.id) ?? []).map((t) => tokenView(t, room.timezone)),
	});
}

function autologin(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const b = c.body;
	const errors: ErrorItem[] = [];
	const email = asString(b.email)?.trim() ?? '';
	if (!email) errors.push({ name: 'email', message: MSG.blank });
	else if (!EMAIL_RE.test(email)) errors.push({ name: 'email', message: MSG.email });
	const nickname = asString(b.nickname)?.trim() ?? '';
	if (!nickname) errors.push({ name: 'nickname', message: MSG.blank });
	const role = asString(b.role)?.trim() ?? '';
	if (!role) errors.push({ name: 'role', message: MSG.blank });
	else if (!['listener', 'presenter', 'host'].includes(role))
		errors.push({ name: 'role', message: `${MSG.choice} Allowed: listener, presenter, host.` });
	let token: ReturnType<SimulatorState['tokensOf']>[number] | undefined;
	if (room.access_type === 2) {
		const pw = asString(b.password) ?? '';
		if (!pw)
			errors.push({
				name: 'password',
				message: 'This value should not be blank for a password protected room (access_type 2).',
			});
		else if (pw !== room.password)
			errors.push({ name: 'password', message: 'Invalid room password.' });
	} else if (room.access_type === 3) {
		const code = (asString(b.token) ?? '').trim().toUpperCase();
		if (!code)
			errors.push({
				name: 'token',
				message: 'This value should not be blank for a token protected room (access_type 3).',
			});
		else {
			token = state.tokensOf(room.id).find((t) => t.token === code);
			if (!token) errors.push({ name: 'token', message: 'Invalid access token for this room.' });
			else if (token.first_use_date !== null && token.used_by !== email)
				errors.push({ name: 'token', message: 'This access token has already been used.' });
		}
	}
	if (errors.length) throw invalid(errors);
	const now = Math.floor(Date.now() / 1000) * 1000;
	if (token && token.first_use_date === null) {
		token.first_use_date = now;
		token.used_by = email;
	}
	const hash = `${randomCode(48)}____`;
	state.autologins.push({ hash, room_id: room.id, email, nickname, role, created_at: now });
	return ok({ autologin_hash: hash });
}

function invitation(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const lang = c.params[1];
	const errors: ErrorItem[] = [];
	if (!LANG_RE.test(lang)) errors.push({ name: 'lang', message: MSG.lang });
	const raw = c.body.attendees;
	const list: unknown[] = Array.isArray(raw)
		? raw
		: asObject(raw)
			? Object.values(raw as Record<string, unknown>)
			: [];
	const emails: string[] = [];
	if (list.length === 0) errors.push({ name: 'attendees', message: MSG.blank });
	list.forEach((a, i) => {
		const obj = asObject(a);
		const email = (obj ? asString(obj.email) : asString(a))?.trim() ?? '';
		if (!email) errors.push({ name: `attendees[${i}][email]`, message: MSG.blank });
		else if (!EMAIL_RE.test(email))
			errors.push({ name: `attendees[${i}][email]`, message: MSG.email });
		else emails.push(email);
	});
	const template = has(c.body, 'template') ? (asString(c.body.template) ?? '') : 'basic';
	if (template !== 'basic' && template !== 'advanced')
		errors.push({ name: 'template', message: `${MSG.choice} Allowed: basic, advanced.` });
	const role = has(c.body, 'role') ? (asString(c.body.role) ?? '') : 'listener';
	if (role !== 'listener' && role !== 'presenter')
		errors.push({ name: 'role', message: `${MSG.choice} Allowed: listener, presenter.` });
	if (errors.length === 0 && room.access_type === 3) {
		const tokens = state.tokensOf(room.id);
		const free = tokens.filter((t) => t.sent_to_email === null && t.first_use_date === null).length;
		const missing = emails.length - free;
		if (missing > 0 && tokens.length + missing > c.host.options.maxTokensPerRoom) {
			errors.push({
				name: 'attendees',
				message: `Not enough access tokens left for ${emails.length} invitations (room limit ${c.host.options.maxTokensPerRoom}).`,
			});
		}
	}
	if (errors.length) throw invalid(errors);
	const now = Math.floor(Date.now() / 1000) * 1000;
	for (const email of emails) {
		let tokenCode: string | null = null;
		if (room.access_type === 3) {
			let t = state
				.tokensOf(room.id)
				.find((x) => x.sent_to_email === null && x.first_use_date === null);
			if (!t) t = state.generateTokens(room.id, 1)[0];
			t.sent_to_email = email;
			tokenCode = t.token;
		}
		state.invitations.push({
			room_id: room.id,
			lang,
			email,
			template,
			role,
			token: tokenCode,
			sent_at: now,
		});
	}
	return ok({ status: 'OK' });
}

// ------------------------------------------------------------------ sessions and PDF

function generatePdf(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const session = sessionOf(c, room);
	const lang = c.params[2];
	if (!LANG_RE.test(lang)) throw invalid([{ name: 'lang', message: MSG.lang }]);
	const key = `${room.id}:${session.id}:${lang}`;
	let report = state.pdfReports.get(key);
	if (!report) {
		report = {
			room_id: room.id,
			session_id: session.id,
			lang,
			calls: 0,
			failed: false,
			code: randomCode(5),
		};
		state.pdfReports.set(key, report);
	}
	report.calls++;
	const st = pdfStatus(report, c.host.options.pdfSteps, c.host.options.pdfInProgressSpelling);
	const out: Record<string, unknown> = { status: st.status, progress: st.progress };
	if (st.status === 'FINISHED')
		out.url = `${c.origin}/panel/pdf/${lang}/${session.id}/${report.code}`;
	return ok(out);
}

/** GET /panel/pdf/:lang/:session/:code (outside /v1, no API key). */
export function servePdf(
	state: SimulatorState,
	lang: string,
	sessionId: number,
	code: string,
): Buffer | undefined {
	const report = [...state.pdfReports.values()].find(
		(r) => r.session_id === sessionId && r.lang === lang && r.code === code,
	);
	if (!report || report.failed) return undefined;
	const session = state.sessions.get(sessionId);
	const room = state.rooms.get(report.room_id);
	const lines = [
		`Session report - ${room?.name ?? 'room ' + report.room_id}`,
		`Session ${sessionId}, language ${lang}`,
		`Attendees: ${session?.attendees.length ?? 0}`,
		...(session?.attendees ?? [])
			.slice(0, 25)
			.map((a) => `${a.nickname} <${a.email}> (${a.role}), rating ${a.rating}`),
	];
	return buildPdf(lines);
}

// ------------------------------------------------------------------ registrations

function register(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	if (!room.registration_enabled) {
		throw invalid([
			{
				name: 'registration',
				message: 'Registration is disabled for this room (enable it with registration[enabled]=1).',
			},
		]);
	}
	const errors: ErrorItem[] = [];
	const reg = asObject(c.body.registration);
	const get = (k: string): string =>
		reg ? (asString((reg as Record<string, unknown>)[k])?.trim() ?? '') : '';
	if (!reg) errors.push({ name: 'registration', message: MSG.blank });
	const first = get('1');
	const last = get('2');
	const email = get('3');
	if (reg) {
		if (!first) errors.push({ name: 'registration[1]', message: MSG.blank });
		if (!last) errors.push({ name: 'registration[2]', message: MSG.blank });
		if (!email) errors.push({ name: 'registration[3]', message: MSG.blank });
		else if (!EMAIL_RE.test(email)) errors.push({ name: 'registration[3]', message: MSG.email });
	}
	const conf = asObject(c.body.confirmation_email);
	let confEnabled = false;
	let confLang: string | null = null;
	if (conf) {
		confEnabled = asBool(conf.enabled, 'confirmation_email[enabled]', errors) ?? false;
		if (has(conf, 'lang')) {
			const l = asString(conf.lang) ?? '';
			if (!LANG_RE.test(l)) errors.push({ name: 'confirmation_email[lang]', message: MSG.lang });
			else confLang = l;
		}
	}
	if (errors.length) throw invalid(errors);
	// recorded answers: an e-mail already registered for the room creates nothing and says "exist": 1
	const known = state
		.registrationsOfRoom(room.id)
		.find((x) => x.email.toLowerCase() === email.toLowerCase());
	if (known)
		return ok({ status: 'OK', exist: 1, url: registrationUrl(room, known), r: known.code });
	const extras: Record<string, string> = {};
	for (const [k, v] of Object.entries(reg ?? {})) {
		if (k === '1' || k === '2' || k === '3' || k === '0') continue;
		const s = asString(v);
		if (s === undefined) continue;
		extras[/^\d+$/.test(k) ? `Field ${k}` : k] = s;
	}
	const r = state.addRegistration(room.id, {
		firstname: first,
		lastname: last,
		email,
		fields: extras,
	});
	r.confirmation_email = { enabled: confEnabled, lang: confLang };
	return ok({ status: 'OK', url: registrationUrl(room, r), r: r.code });
}

function listRegistrations(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const status = c.params[1];
	if (status !== 'all' && status !== 'active')
		throw invalid([{ name: 'status', message: `${MSG.choice} Allowed: all, active.` }]);
	const now = Date.now();
	const regs = state.registrationsOfRoom(room.id).filter((r) => {
		if (status === 'all') return true;
		const s = r.session_id === null ? undefined : state.sessions.get(r.session_id);
		return r.active && (!s || s.end_date > now);
	});
	return ok(regs.map((r) => registrationView(state, r)));
}

// ------------------------------------------------------------------ files

function upload(c: Ctx, roomId: number | undefined): Answer {
	const file = c.files.find((f) => f.field === 'uploaded');
	if (!file)
		throw invalid([
			{
				name: 'uploaded',
				message: 'A file is required in the multipart/form-data field "uploaded".',
			},
		]);
	const name = file.filename || 'upload.bin';
	const type =
		file.contentType && file.contentType !== 'application/octet-stream'
			? file.contentType
			: guessContentType(name);
	const entry = c.host.state.addFile(file.data, name, roomId, type);
	entry.document_type = documentType(type, name);
	// recorded answers: the upload answer says the file waits for conversion; later reads see it converted
	const answer = fileView(entry, c.apiBase);
	Object.assign(answer, {
		status: 'waiting_for_conversion',
		conversion_progress: 0,
		status_message: 'waiting for multiconverter to download file.',
	});
	return ok(answer);
}

function fileOf(c: Ctx) {
	const f = c.host.state.files.get(Number(c.params[0]));
	if (!f) throw notFound('file_id', `File ${c.params[0]} not found.`);
	return f;
}

function contentDisposition(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

// ------------------------------------------------------------------ contacts

function addContact(c: Ctx): Answer {
	const state = c.host.state;
	const b = c.body;
	const errors: ErrorItem[] = [];
	const email = asString(b.email)?.trim() ?? '';
	if (!email) errors.push({ name: 'email', message: MSG.blank });
	else if (!EMAIL_RE.test(email)) errors.push({ name: 'email', message: MSG.email });
	const firstname = asString(b.firstname)?.trim() ?? '';
	if (!firstname) errors.push({ name: 'firstname', message: MSG.blank });
	const lastname = asString(b.lastname)?.trim() ?? '';
	if (!lastname) errors.push({ name: 'lastname', message: MSG.blank });
	let country: string | null = null;
	if (has(b, 'country') && asString(b.country) !== '') {
		const cc = asString(b.country)?.trim() ?? '';
		if (!/^[A-Za-z]{2}$/.test(cc)) errors.push({ name: 'country', message: MSG.country });
		else country = cc.toUpperCase();
	}
	if (errors.length) throw invalid(errors);
	const key = email.toLowerCase();
	const now = Math.floor(Date.now() / 1000) * 1000;
	const prev = state.contacts.get(key);
	const opt = (k: string): string | null | undefined =>
		has(b, k) ? (asString(b[k]) ?? null) : undefined;
	state.contacts.set(key, {
		email,
		firstname,
		lastname,
		phone: opt('phone') ?? prev?.phone ?? null,
		company: opt('company') ?? prev?.company ?? null,
		country: country ?? prev?.country ?? null,
		created_at: prev?.created_at ?? now,
		updated_at: now,
	});
	return ok({ status: 'OK' });
}

// ------------------------------------------------------------------ routing table

interface Route {
	method: string;
	re: RegExp;
	handler: Handler;
}

const R = (method: string, re: RegExp, handler: Handler): Route => ({ method, re, handler });

export const ROUTES: Route[] = [
	R('GET', /^\/conferences\/(active|inactive)$/, listRooms),
	// not in the reference; recorded answers: an object holding the active rooms
	R('GET', /^\/conferences$/, (c) => {
		const state = c.host.state;
		const rooms = [...state.rooms.values()]
			.filter((r) => r.status === 'active')
			.map((r) => roomView(state, r, 'list'));
		return ok({ active_conferences: rooms });
	}),
	R('GET', /^\/conferences\/skins$/, () => ok(SKINS.map((s) => ({ ...s })))),
	R('POST', /^\/conferences$/, createRoom),
	R('GET', /^\/conferences\/(\d+)$/, (c) =>
		ok({ conference: roomView(c.host.state, roomOf(c), 'get') }),
	),
	R('PUT', /^\/conferences\/(\d+)$/, updateRoom),
	R('DELETE', /^\/conferences\/(\d+)$/, (c) => {
		c.host.state.deleteRoom(roomOf(c).id);
		return deleted(c, { result: 'OK' });
	}),
	R('POST', /^\/conferences\/(\d+)\/tokens$/, generateTokens),
	R('GET', /^\/conferences\/(\d+)\/tokens$/, listTokens),
	R('POST', /^\/conferences\/(\d+)\/room\/autologin_hash$/, autologin),
	R('POST', /^\/conferences\/(\d+)\/invitation\/email\/([^/]+)$/, invitation),
	R('GET', /^\/conferences\/(\d+)\/sessions$/, (c) => {
		const room = roomOf(c);
		return ok(c.host.state.sessionsOfRoom(room.id).map((s) => sessionListView(c.host.state, s)));
	}),
	R('GET', /^\/conferences\/(\d+)\/sessions\/(\d+)$/, (c) => {
		const room = roomOf(c);
		const s = sessionOf(c, room);
		return ok(
			sessionView(
				c.host.state,
				s,
				c.apiBase,
				c.host.options.pdfSteps,
				c.host.options.pdfInProgressSpelling,
			),
		);
	}),
	R('GET', /^\/conferences\/(\d+)\/sessions\/(\d+)\/attendees$/, (c) => {
		const room = roomOf(c);
		return ok(sessionOf(c, room).attendees.map((a) => attendeeView(a, room.timezone)));
	}),
	R('GET', /^\/conferences\/(\d+)\/sessions\/(\d+)\/generate-pdf\/([^/]+)$/, generatePdf),
	R('GET', /^\/conferences\/(\d+)\/sessions\/(\d+)\/registrations$/, (c) => {
		const room = roomOf(c);
		const s = sessionOf(c, room);
		const state = c.host.state;
		return ok(
			state
				.registrationsOfRoom(room.id)
				.filter((r) => r.session_id === s.id)
				.map((r) => registrationView(state, r)),
		);
	}),
	R('GET', /^\/conferences\/(\d+)\/registrations\/([^/]+)$/, listRegistrations),
	R('POST', /^\/conferences\/(\d+)\/registration$/, register),
	R('GET', /^\/conferences\/(\d+)\/recordings$/, (c) => {
		const room = roomOf(c);
		return ok(
			[...c.host.state.recordings.values()].filter((r) => r.room_id === room.id).map(recordingView),
		);
	}),
	R('DELETE', /^\/conferences\/(\d+)\/recordings$/, (c) => {
		const room = roomOf(c);
		const recs = c.host.state.recordings;
		for (const [id, r] of recs) if (r.room_id === room.id) recs.delete(id);
		return deleted(c, { STATUS: 'OK' });
	}),
	R('DELETE', /^\/conferences\/(\d+)\/recordings\/(\d+)$/, (c) => {
		const room = roomOf(c);
		const rec = c.host.state.recordings.get(Number(c.params[1]));
		if (!rec || rec.room_id !== room.id)
			throw notFound('recording_id', `Recording ${c.params[1]} not found in room ${room.id}.`);
		c.host.state.recordings.delete(rec.id);
		return deleted(c, { STATUS: 'OK' });
	}),
	R('POST', /^\/contacts$/, addContact),
	R('GET', /^\/time_zone_list$/, () => ok(allTimeZones())),
	R('GET', /^\/time_zone_list\/([^/]+)$/, (c) => {
		if (!/^[A-Za-z]{2}$/.test(c.params[0]))
			throw invalid([{ name: 'country', message: MSG.country }]);
		return ok(timeZonesForCountry(c.params[0]));
	}),
	R('GET', /^\/phone_gateways$/, () =>
		ok(PHONE_GATEWAYS.map((p) => ({ ...p, geo: { ...p.geo } }))),
	),
	R('GET', /^\/file-library$/, (c) =>
		ok([...c.host.state.files.values()].map((f) => fileView(f, c.apiBase))),
	),
	R('POST', /^\/file-library$/, (c) => upload(c, undefined)),
	R('GET', /^\/file-library\/conferences\/(\d+)$/, (c) => {
		const room = roomOf(c);
		return ok(
			[...c.host.state.files.values()]
				.filter((f) => f.room_id === room.id)
				.map((f) => fileView(f, c.apiBase, true)),
		);
	}),
	R('POST', /^\/file-library\/conferences\/(\d+)$/, (c) => upload(c, roomOf(c).id)),
	R('GET', /^\/file-library\/(\d+)$/, (c) => ok(fileView(fileOf(c), c.apiBase))),
	R('DELETE', /^\/file-library\/(\d+)$/, (c) => {
		c.host.state.files.delete(fileOf(c).id);
		return deleted(c, { response: 'OK' });
	}),
	R('GET', /^\/file-library\/(\d+)\/download$/, (c) => {
		const f = fileOf(c);
		return {
			status: 200,
			raw: f.content,
			headers: {
				'content-type': f.content_type,
				'content-disposition': contentDisposition(f.name),
			},
		};
	}),
	R('GET', /^\/chats$/, (c) => {
		const state = c.host.state;
		const chats = [...state.chats.values()].filter((ch) => state.rooms.has(ch.room_id));
		chats.sort(
			(a, b) =>
				(state.sessions.get(b.session_id)?.start_date ?? 0) -
				(state.sessions.get(a.session_id)?.start_date ?? 0),
		);
		return ok(chats.map((ch) => chatListView(state, ch, c.apiBase)));
	}),
	R('GET', /^\/chats\/(\d+)$/, (c) => {
		const state = c.host.state;
		const chat = state.chats.get(Number(c.params[0]));
		if (!chat || !state.rooms.has(chat.room_id))
			throw notFound('session_id', `Chat of session ${c.params[0]} not found.`);
		// recorded answers: a deflated ZIP holding chat.csv
		const zip = createZip([
			{ name: 'chat.csv', data: Buffer.from(chatCsv(state, chat), 'utf8'), deflate: true },
		]);
		return {
			status: 200,
			raw: zip,
			headers: {
				'content-type': 'application/zip',
				'content-disposition': `attachment; filename="chat_${chat.session_id}.zip"`,
			},
		};
	}),
	R('GET', /^\/ping$/, () => ok({ ping: 'pong' })),
];

/** Finds the handler for a path (relative to /v1, without format suffix). */
export function resolve(method: string, path: string): { handler: Handler; params: string[] } {
	let pathMatched = false;
	for (const r of ROUTES) {
		const m = r.re.exec(path);
		if (!m) continue;
		pathMatched = true;
		if (r.method === method) return { handler: r.handler, params: m.slice(1) };
	}
	if (pathMatched) {
		const allowed = ROUTES.filter((r) => r.re.test(path)).map((r) => r.method);
		throw new ApiError(
			405,
			[
				{
					name: 'method',
					message: `Method ${method} is not allowed for ${path}. Allowed: ${allowed.join(', ')}.`,
				},
			],
			{ allow: allowed.join(', ') },
		);
	}
	throw notFound('path', `No endpoint ${method} /v1${path}.`);
}
