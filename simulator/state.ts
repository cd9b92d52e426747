/**
 * The simulator's data store: rooms, sessions (with attendees), registrations, access tokens,
 * files, recordings, chats, contacts, invitations, PDF reports; plus the helpers that seed it.
 * Dates are kept as epoch milliseconds and formatted when answering.
 */
import { createHash, randomBytes } from 'node:crypto';

export type RoomType = 'meeting' | 'webinar';
export type AccessType = 1 | 2 | 3;
export type RoomStatus = 'active' | 'inactive';

export interface RoomSettings {
	show_on_personal_page: boolean;
	thank_you_emails_enabled: boolean;
	connection_tester_enabled: boolean;
	/** absent from recorded answers until set (recordings published with a Ruby client's tests) */
	phonegateway_enabled?: boolean;
	recorder_autostart_enabled: boolean;
	room_invite_button_enabled: boolean;
	social_media_sharing_enabled: boolean;
	connection_status_enabled: boolean;
	/** absent from recorded answers until set */
	thank_you_page_url?: string;
}

export interface Room {
	id: number;
	name: string;
	name_url: string;
	room_type: RoomType;
	access_type: AccessType;
	permanent_room: boolean;
	status: RoomStatus;
	lobby_enabled: boolean;
	lobby_description: string;
	password: string | null;
	timezone: string;
	skin_id: number | null;
	registration_enabled: boolean;
	registration_template: number;
	settings: RoomSettings;
	room_pin: number;
	phone_presenter_pin: number;
	phone_listener_pin: number;
	widgets_hash: string;
	recorder_list: string[];
	/** the host's ready login hash (`autologin_hash`, `autologin_hashes.host`) */
	autologin_hash: string;
	paid_enabled: boolean;
	automated_enabled: boolean;
	description: string;
	parent_id: number | null;
	/** epoch ms */
	created_at: number;
	updated_at: number;
	starts_at: number;
	ends_at: number;
}

export interface PollAnswer {
	points: number;
	value: string;
}
export interface PollQuestion {
	question: string;
	answers: PollAnswer[];
}
export interface Poll {
	name: string;
	questions: PollQuestion[];
}

export interface Attendee {
	id: number;
	uid: string;
	email: string;
	nickname: string;
	role: 'listener' | 'presenter' | 'host';
	device: string;
	/** null for presenters and hosts (recorded answers) */
	rating: string | null;
	rating_comment: string | null;
	user_ip: string;
	start_date: number;
	end_date: number;
	polls?: Poll[];
}

export interface Session {
	id: number;
	room_id: number;
	start_date: number;
	end_date: number;
	max_visitors: number;
	attendees: Attendee[];
}

export interface Registration {
	id: number;
	room_id: number;
	/** null when the registration belongs to no session (recorded answers) */
	session_id: number | null;
	email: string;
	first_name: string;
	last_name: string;
	fields: Record<string, string>;
	visitor_nickname: string;
	registration_date: number;
	/** epoch ms of the confirmation, or null (answered as the string "null") */
	registration_confirmed: number | null;
	/** the `?r=` code of the registration URL */
	code: string;
	http_referer: string | null;
	geo: { country: string | null; city: string | null };
	active: boolean;
	confirmation_email: { enabled: boolean; lang: string | null };
}

export interface RegistrationInput {
	email?: string;
	firstname?: string;
	lastname?: string;
	fields?: Record<string, string>;
	session_id?: number | null;
	/** epoch ms, a Date, or a date string (ISO 8601 / 'YYYY-mm-dd H:i:s' UTC) */
	registration_date?: number | string | Date;
	visitor_nickname?: string;
	/** 'null' / null (not confirmed), or a date (epoch ms, Date, ISO string) */
	registration_confirmed?: string | number | Date | null;
	http_referer?: string | null;
	geo?: { country: string | null; city: string | null };
	active?: boolean;
}

export interface AccessToken {
	token: string;
	sent_to_email: string | null;
	first_use_date: number | null;
	used_by: string | null;
}

export interface FileEntry {
	id: number;
	name: string;
	content: Buffer;
	content_type: string;
	room_id: number | null;
	upload_date: number;
	document_type: string;
	status: string;
	conversion_progress: number;
	status_message: string;
	/** epoch ms; answered in a room's file list */
	created_at: number;
	/** the signed CDN link of a room's file list */
	cdn_token: string;
}

export interface Recording {
	id: number;
	room_id: number;
	recording_duration: number;
	recorder_started: number;
	/** bytes; answered as a string (recorded answers) */
	recording_file_size: number;
	recording_url: string;
	recording_name: string;
}

export interface ChatMessage {
	time: number;
	email: string;
	nickname: string;
	message: string;
}
export interface Chat {
	session_id: number;
	room_id: number;
	messages: ChatMessage[];
}

export interface Contact {
	email: string;
	firstname: string;
	lastname: string;
	phone: string | null;
	company: string | null;
	country: string | null;
	created_at: number;
	updated_at: number;
}

export interface Invitation {
	room_id: number;
	lang: string;
	email: string;
	template: string;
	role: string;
	token: string | null;
	sent_at: number;
}

export interface Autologin {
	hash: string;
	room_id: number;
	email: string;
	nickname: string;
	role: string;
	created_at: number;
}

export interface PdfReport {
	room_id: number;
	session_id: number;
	lang: string;
	calls: number;
	failed: boolean;
	code: string;
}

export interface Skin {
	id: string;
	name: string;
	thumbnail_url: string;
}

export interface PhoneGateway {
	code: string;
	location: string;
	value: string;
	geo: { lat: string; long: string };
}

export const SKINS: Skin[] = [
	['1', 'Business 1', 'business_1'],
	['2', 'Business 2', 'business_2'],
	['3', 'Education', 'education'],
	['4', 'Modern Dark', 'modern_dark'],
	['5', 'Spring', 'spring'],
].map(([id, name, dir]) => ({
	id,
	name,
	thumbnail_url: `http://panel.sim.clickmeeting.test/images/conferences/skin_templates/${dir}/preview.png`,
}));

export const PHONE_GATEWAYS: PhoneGateway[] = [
	{
		code: 'US',
		location: 'New York',
		value: '+1 (646) 555-0101',
		geo: { lat: '40.712776', long: '-74.005974' },
	},
	{
		code: 'US',
		location: 'Los Angeles',
		value: '+1 (213) 555-0102',
		geo: { lat: '34.052235', long: '-118.243683' },
	},
	{
		code: 'PL',
		location: 'Warsaw',
		value: '+48 22 555 01 03',
		geo: { lat: '52.229675', long: '21.012230' },
	},
	{
		code: 'GB',
		location: 'London',
		value: '+44 20 5550 0104',
		geo: { lat: '51.507351', long: '-0.127758' },
	},
	{
		code: 'DE',
		location: 'Berlin',
		value: '+49 30 5550 0105',
		geo: { lat: '52.520008', long: '13.404954' },
	},
	{
		code: 'FR',
		location: 'Paris',
		value: '+33 1 55 50 01 06',
		geo: { lat: '48.856613', long: '2.352222' },
	},
	{
		code: 'AU',
		location: 'Sydney',
		value: '+61 2 5550 0107',
		geo: { lat: '-33.868820', long: '151.209290' },
	},
];

export const DEFAULT_TIMEZONE = 'America/New_York';
/** https://<account>.<domain>/<name_url> as recorded; a .test domain, so nothing can reach a real host. */
export const ROOM_HOST = 'https://sim.clickmeeting.test';

export function defaultSettings(): RoomSettings {
	return {
		show_on_personal_page: true,
		thank_you_emails_enabled: true,
		connection_tester_enabled: true,
		recorder_autostart_enabled: false,
		room_invite_button_enabled: true,
		social_media_sharing_enabled: true,
		connection_status_enabled: true,
	};
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HOUR = 3600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

function randInt(min: number, max: number): number {
	return min + Math.floor(Math.random() * (max - min + 1));
}
function randomAlnum(len: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
	const bytes = randomBytes(len);
	let s = '';
	for (let i = 0; i < len; i++) s += alphabet[bytes[i] % alphabet.length];
	return s;
}
export function randomCode(len: number): string {
	return randomAlnum(len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
}

export function slugify(name: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return s || 'room';
}

/** Parses the date forms accepted by the helpers into epoch ms. */
export function toMs(v: number | string | Date): number {
	if (typeof v === 'number') return v;
	if (v instanceof Date) return v.getTime();
	const sql = /^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(v);
	if (sql) {
		const n = sql.slice(1).map(Number);
		return Date.UTC(n[0], n[1] - 1, n[2], n[3], n[4], n[5]);
	}
	const ms = Date.parse(v);
	if (Number.isNaN(ms)) throw new Error(`Unparseable date: ${v}`);
	return ms;
}

function floorToSecond(ms: number): number {
	return Math.floor(ms / 1000) * 1000;
}

export class SimulatorState {
	rooms = new Map<number, Room>();
	sessions = new Map<number, Session>();
	registrations = new Map<number, Registration>();
	/** room id -> tokens */
	tokens = new Map<number, AccessToken[]>();
	files = new Map<number, FileEntry>();
	recordings = new Map<number, Recording>();
	/** session id -> chat */
	chats = new Map<number, Chat>();
	/** lower-cased e-mail -> contact */
	contacts = new Map<string, Contact>();
	invitations: Invitation[] = [];
	autologins: Autologin[] = [];
	/** `${room}:${session}:${lang}` -> report */
	pdfReports = new Map<string, PdfReport>();
	/** name_url -> room id */
	nameUrls = new Map<string, number>();
	tokenCodes = new Set<string>();

	private secret = randomBytes(8).toString('hex');
	private nextRoomId = 1001;
	private nextSessionId = 60001;
	private nextRegistrationId = 401;
	private nextFileId = 1101;
	private nextRecordingId = 5101;
	private nextAttendeeId = 801;
	private nextUid = 901;

	clear(): void {
		this.rooms.clear();
		this.sessions.clear();
		this.registrations.clear();
		this.tokens.clear();
		this.files.clear();
		this.recordings.clear();
		this.chats.clear();
		this.contacts.clear();
		this.invitations.length = 0;
		this.autologins.length = 0;
		this.pdfReports.clear();
		this.nameUrls.clear();
		this.tokenCodes.clear();
		this.nextRoomId = 1001;
		this.nextSessionId = 60001;
		this.nextRegistrationId = 401;
		this.nextFileId = 1101;
		this.nextRecordingId = 5101;
		this.nextAttendeeId = 801;
		this.nextUid = 901;
	}

	// ---------------------------------------------------------------- rooms

	uniqueNameUrl(base: string): string {
		let candidate = base;
		let n = 2;
		while (this.nameUrls.has(candidate)) candidate = `${base}_${n++}`;
		return candidate;
	}

	roleHashes(room: Room): { listener: string; presenter: string; host: string } {
		const h = (role: string): string =>
			createHash('md5').update(`${this.secret}:${room.id}:${role}`).digest('hex');
		return { listener: h('listener'), presenter: h('presenter'), host: h('host') };
	}

	addRoom(partial: Partial<Room> = {}): Room {
		const now = floorToSecond(Date.now());
		const id = partial.id ?? this.nextRoomId++;
		if (id >= this.nextRoomId) this.nextRoomId = id + 1;
		const name = partial.name ?? `Room ${id}`;
		const nameUrl = partial.name_url ?? this.uniqueNameUrl(slugify(name));
		const startsAt = partial.starts_at ?? now;
		const room: Room = {
			id,
			name,
			name_url: nameUrl,
			room_type: partial.room_type ?? 'meeting',
			access_type: partial.access_type ?? 1,
			permanent_room: partial.permanent_room ?? false,
			status: partial.status ?? 'active',
			lobby_enabled: partial.lobby_enabled ?? true,
			lobby_description: partial.lobby_description ?? '',
			password: partial.password ?? null,
			timezone: partial.timezone ?? DEFAULT_TIMEZONE,
			skin_id: partial.skin_id ?? null,
			registration_enabled: partial.registration_enabled ?? false,
			registration_template: partial.registration_template ?? 1,
			settings: { ...defaultSettings(), ...(partial.settings ?? {}) },
			room_pin: partial.room_pin ?? randInt(100_000_000, 999_999_999),
			phone_presenter_pin: partial.phone_presenter_pin ?? randInt(100_000, 999_999),
			phone_listener_pin: partial.phone_listener_pin ?? randInt(100_000, 999_999),
			widgets_hash: partial.widgets_hash ?? Math.random().toString(36).slice(2, 8).padEnd(6, '0'),
			recorder_list: partial.recorder_list ?? [],
			autologin_hash: partial.autologin_hash ?? hostHash(),
			paid_enabled: partial.paid_enabled ?? false,
			automated_enabled: partial.automated_enabled ?? false,
			description: partial.description ?? '',
			parent_id: partial.parent_id ?? null,
			created_at: partial.created_at ?? now,
			updated_at: partial.updated_at ?? partial.created_at ?? now,
			starts_at: startsAt,
			ends_at: partial.ends_at ?? startsAt + HOUR,
		};
		this.rooms.set(id, room);
		this.nameUrls.set(room.name_url, id);
		return room;
	}

	/** Fast bulk seeding for benchmarks. */
	seedRooms(
		count: number,
		opts: { status?: RoomStatus; registrationEnabled?: boolean } = {},
	): Room[] {
		const out: Room[] = new Array<Room>(count);
		const now = floorToSecond(Date.now());
		const settings = defaultSettings();
		for (let i = 0; i < count; i++) {
			const id = this.nextRoomId++;
			let nameUrl = `bench_room_${id}`;
			if (this.nameUrls.has(nameUrl)) nameUrl = this.uniqueNameUrl(nameUrl);
			const room: Room = {
				id,
				name: `Bench Room ${id}`,
				name_url: nameUrl,
				room_type: i % 3 === 0 ? 'webinar' : 'meeting',
				access_type: 1,
				permanent_room: i % 2 === 0,
				status: opts.status ?? 'active',
				lobby_enabled: true,
				lobby_description: '',
				password: null,
				timezone: DEFAULT_TIMEZONE,
				skin_id: null,
				registration_enabled: opts.registrationEnabled ?? false,
				registration_template: 1,
				settings: { ...settings },
				room_pin: 100_000_000 + ((id * 7919) % 900_000_000),
				phone_presenter_pin: 100_000 + ((id * 104_729) % 900_000),
				phone_listener_pin: 100_000 + ((id * 15_485_863) % 900_000),
				widgets_hash: (id * 2654435761).toString(36).slice(-6).padStart(6, '0'),
				recorder_list: [],
				autologin_hash: `${(id * 2654435761).toString(36)}${'A'.repeat(40)}__`,
				paid_enabled: false,
				automated_enabled: false,
				description: '',
				parent_id: null,
				created_at: now - (count - i) * 1000,
				updated_at: now,
				starts_at: now + DAY,
				ends_at: now + DAY + HOUR,
			};
			this.rooms.set(id, room);
			this.nameUrls.set(nameUrl, id);
			out[i] = room;
		}
		return out;
	}

	deleteRoom(roomId: number): boolean {
		const room = this.rooms.get(roomId);
		if (!room) return false;
		this.rooms.delete(roomId);
		if (this.nameUrls.get(room.name_url) === roomId) this.nameUrls.delete(room.name_url);
		for (const [id, s] of this.sessions) {
			if (s.room_id !== roomId) continue;
			this.sessions.delete(id);
			this.chats.delete(id);
		}
		for (const [id, r] of this.registrations)
			if (r.room_id === roomId) this.registrations.delete(id);
		for (const t of this.tokens.get(roomId) ?? []) this.tokenCodes.delete(t.token);
		this.tokens.delete(roomId);
		for (const [id, r] of this.recordings) if (r.room_id === roomId) this.recordings.delete(id);
		for (const [id, f] of this.files) if (f.room_id === roomId) this.files.delete(id);
		for (const [id, c] of this.chats) if (c.room_id === roomId) this.chats.delete(id);
		for (const [key, p] of this.pdfReports) if (p.room_id === roomId) this.pdfReports.delete(key);
		return true;
	}

	// ---------------------------------------------------------------- sessions

	addSession(
		roomId: number,
		partial: Partial<Omit<Session, 'attendees'>> & { attendees?: Array<Partial<Attendee>> } = {},
	): Session {
		if (!this.rooms.has(roomId)) throw new Error(`Unknown room ${roomId}`);
		const now = floorToSecond(Date.now());
		const start = partial.start_date ?? now - 2 * HOUR;
		const id = partial.id ?? this.nextSessionId++;
		if (id >= this.nextSessionId) this.nextSessionId = id + 1;
		const session: Session = {
			id,
			room_id: roomId,
			start_date: start,
			end_date: partial.end_date ?? start + HOUR,
			max_visitors: 0,
			attendees: [],
		};
		this.sessions.set(id, session);
		for (const a of partial.attendees ?? []) this.addAttendee(id, a);
		session.max_visitors = partial.max_visitors ?? session.attendees.length;
		return session;
	}

	addAttendee(sessionId: number, partial: Partial<Attendee> = {}): Attendee {
		const session = this.sessions.get(sessionId);
		if (!session) throw new Error(`Unknown session ${sessionId}`);
		const n = session.attendees.length + 1;
		const listener = (partial.role ?? 'listener') === 'listener';
		const attendee: Attendee = {
			id: partial.id ?? this.nextAttendeeId++,
			uid: partial.uid ?? String(this.nextUid++),
			email: partial.email ?? `visitor${n}.${sessionId}@example.com`,
			nickname: partial.nickname ?? `visitor${n}`,
			role: partial.role ?? 'listener',
			device:
				partial.device ??
				'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
			rating: partial.rating !== undefined ? partial.rating : listener ? String(1 + (n % 5)) : null,
			rating_comment:
				partial.rating_comment !== undefined ? partial.rating_comment : listener ? '' : null,
			user_ip: partial.user_ip ?? `198.51.100.${1 + (n % 250)}`,
			start_date: partial.start_date ?? session.start_date + n * MINUTE,
			end_date: partial.end_date ?? session.end_date,
		};
		if (partial.polls) attendee.polls = partial.polls;
		session.attendees.push(attendee);
		if (session.attendees.length > session.max_visitors)
			session.max_visitors = session.attendees.length;
		return attendee;
	}

	sessionsOfRoom(roomId: number): Session[] {
		const out: Session[] = [];
		for (const s of this.sessions.values()) if (s.room_id === roomId) out.push(s);
		return out.sort((a, b) => a.start_date - b.start_date || a.id - b.id);
	}

	/** The room's next session that has not ended yet; creates one when there is none. */
	upcomingSession(roomId: number): Session {
		const room = this.rooms.get(roomId);
		if (!room) throw new Error(`Unknown room ${roomId}`);
		const now = Date.now();
		const next = this.sessionsOfRoom(roomId).find((s) => s.end_date > now);
		if (next) return next;
		let start: number;
		let end: number;
		if (!room.permanent_room && room.starts_at > now) {
			start = room.starts_at;
			end = Math.max(room.ends_at, start + MINUTE);
		} else {
			start = Math.ceil((now + DAY) / HOUR) * HOUR;
			end = start + HOUR;
		}
		return this.addSession(roomId, { start_date: start, end_date: end, max_visitors: 0 });
	}

	// ---------------------------------------------------------------- registrations

	addRegistration(roomId: number, partial: RegistrationInput = {}): Registration {
		if (!this.rooms.has(roomId)) throw new Error(`Unknown room ${roomId}`);
		const id = this.nextRegistrationId++;
		const first = partial.firstname ?? `First${id}`;
		const last = partial.lastname ?? `Last${id}`;
		const email = partial.email ?? `registrant${id}@example.com`;
		const sessionId =
			partial.session_id === null ? null : (partial.session_id ?? this.upcomingSession(roomId).id);
		const confirmed = partial.registration_confirmed;
		const reg: Registration = {
			id,
			room_id: roomId,
			session_id: sessionId,
			email,
			first_name: first,
			last_name: last,
			fields: {
				'First Name': first,
				'Last Name': last,
				'Email Address': email,
				...(partial.fields ?? {}),
			},
			visitor_nickname: partial.visitor_nickname ?? `${first} ${last}`,
			registration_date: floorToSecond(
				partial.registration_date !== undefined ? toMs(partial.registration_date) : Date.now(),
			),
			registration_confirmed:
				confirmed === undefined || confirmed === null || confirmed === 'null'
					? null
					: floorToSecond(toMs(confirmed)),
			code: randomCode(24),
			http_referer: partial.http_referer ?? null,
			geo: partial.geo ? { ...partial.geo } : { country: null, city: null },
			active: partial.active ?? true,
			confirmation_email: { enabled: false, lang: null },
		};
		this.registrations.set(id, reg);
		return reg;
	}

	registrationsOfRoom(roomId: number): Registration[] {
		const out: Registration[] = [];
		for (const r of this.registrations.values()) if (r.room_id === roomId) out.push(r);
		return out;
	}

	// ---------------------------------------------------------------- tokens

	tokensOf(roomId: number): AccessToken[] {
		let list = this.tokens.get(roomId);
		if (!list) {
			list = [];
			this.tokens.set(roomId, list);
		}
		return list;
	}

	generateTokens(roomId: number, howMany: number): AccessToken[] {
		const list = this.tokensOf(roomId);
		const out: AccessToken[] = [];
		while (out.length < howMany) {
			const code = randomAlnum(6, TOKEN_ALPHABET);
			if (this.tokenCodes.has(code)) continue;
			this.tokenCodes.add(code);
			const t: AccessToken = {
				token: code,
				sent_to_email: null,
				first_use_date: null,
				used_by: null,
			};
			list.push(t);
			out.push(t);
		}
		return out;
	}

	// ---------------------------------------------------------------- files, recordings, chats

	addFile(content: Buffer, name: string, roomId?: number, contentType?: string): FileEntry {
		const id = this.nextFileId++;
		const type = contentType ?? guessContentType(name);
		const entry: FileEntry = {
			id,
			name,
			content,
			content_type: type,
			room_id: roomId ?? null,
			upload_date: floorToSecond(Date.now()),
			document_type: documentType(type, name),
			status: 'converted',
			conversion_progress: 100,
			status_message: '',
			created_at: floorToSecond(Date.now()),
			cdn_token: randomCode(22),
		};
		this.files.set(id, entry);
		return entry;
	}

	addRecording(
		roomId: number,
		partial: Partial<Omit<Recording, 'id' | 'room_id'>> = {},
	): Recording {
		if (!this.rooms.has(roomId)) throw new Error(`Unknown room ${roomId}`);
		const id = this.nextRecordingId++;
		const rec: Recording = {
			id,
			room_id: roomId,
			recording_duration: partial.recording_duration ?? 1800,
			recorder_started: partial.recorder_started ?? floorToSecond(Date.now() - DAY),
			recording_file_size: partial.recording_file_size ?? 52_428_800,
			recording_url:
				partial.recording_url ??
				`http://recorder.sim.clickmeeting.test/download/${id}/recording.mp4?st=${randomCode(22)}&e=${id}`,
			recording_name: partial.recording_name ?? `recording_${id}`,
		};
		this.recordings.set(id, rec);
		return rec;
	}

	addChat(sessionId: number, messages?: Array<Partial<ChatMessage>>): Chat {
		const session = this.sessions.get(sessionId);
		if (!session) throw new Error(`Unknown session ${sessionId}`);
		const base = messages ?? [
			{ nickname: 'host', message: 'Welcome everyone!' },
			{ nickname: 'visitor1', message: 'Hi, glad to be here.' },
			{ nickname: 'visitor2', message: 'Will the slides be shared afterwards?' },
			{ nickname: 'host', message: 'Yes, we will send them by e-mail.' },
		];
		const chat: Chat = {
			session_id: sessionId,
			room_id: session.room_id,
			messages: base.map((m, i) => ({
				time: m.time ?? session.start_date + (i + 1) * MINUTE,
				email: m.email ?? `${slugify(m.nickname ?? 'guest')}@example.com`,
				nickname: m.nickname ?? 'guest',
				message: m.message ?? '',
			})),
		};
		this.chats.set(sessionId, chat);
		return chat;
	}

	// ---------------------------------------------------------------- demo account

	seedDemo(): void {
		const now = floorToSecond(Date.now());
		const at = (offset: number): number => Math.floor((now + offset) / MINUTE) * MINUTE;
		const poll: Poll[] = [
			{
				name: 'Product feedback',
				questions: [
					{ question: 'How useful was the demo?', answers: [{ points: 5, value: 'Very useful' }] },
					{
						question: 'Which feature do you need most?',
						answers: [{ points: 0, value: 'Automations' }],
					},
				],
			},
		];

		const team = this.addRoom({
			name: 'Weekly Team Meeting',
			room_type: 'meeting',
			permanent_room: true,
			lobby_description: 'Grab a coffee, we start in a minute.',
			timezone: 'Europe/Warsaw',
			created_at: at(-60 * DAY),
			updated_at: at(-30 * DAY),
			recorder_list: [`http://recorder.sim.clickmeeting.test/?st=${randomCode(22)}&e=1`],
		});
		const webinar = this.addRoom({
			name: 'Product Launch Webinar',
			room_type: 'webinar',
			permanent_room: false,
			lobby_description: 'The webinar starts soon.',
			timezone: 'America/New_York',
			registration_enabled: true,
			registration_template: 2,
			skin_id: 1,
			created_at: at(-20 * DAY),
			updated_at: at(-2 * DAY),
			starts_at: at(7 * DAY),
			ends_at: at(7 * DAY + 90 * MINUTE),
		});
		const secret = this.addRoom({
			name: 'Board Meeting',
			room_type: 'meeting',
			access_type: 2,
			password: 'board-2024',
			permanent_room: true,
			timezone: 'Europe/London',
			created_at: at(-90 * DAY),
		});
		const vip = this.addRoom({
			name: 'VIP Masterclass',
			room_type: 'webinar',
			access_type: 3,
			permanent_room: false,
			timezone: 'Europe/Berlin',
			created_at: at(-10 * DAY),
			starts_at: at(3 * DAY),
			ends_at: at(3 * DAY + 2 * HOUR),
		});
		const old = this.addRoom({
			name: 'Kickoff 2023',
			room_type: 'meeting',
			status: 'inactive',
			permanent_room: false,
			timezone: 'UTC',
			created_at: at(-400 * DAY),
			starts_at: at(-380 * DAY),
			ends_at: at(-380 * DAY + HOUR),
		});

		const mkAttendees = (n: number, withPolls: boolean): Array<Partial<Attendee>> =>
			Array.from({ length: n }, (_, i) => ({
				email: `attendee${i + 1}@example.com`,
				nickname: `Attendee ${i + 1}`,
				role: i === 0 ? ('presenter' as const) : ('listener' as const),
				// recorded answers: presenters and hosts have null ratings
				rating: i === 0 ? null : String(5 - (i % 3)),
				rating_comment: i === 0 ? null : i % 2 === 0 ? 'Great session.' : '',
				...(withPolls && i % 2 === 1 ? { polls: poll } : {}),
			}));

		const t1 = this.addSession(team.id, {
			start_date: at(-14 * DAY),
			end_date: at(-14 * DAY + 55 * MINUTE),
			attendees: mkAttendees(4, false),
		});
		const t2 = this.addSession(team.id, {
			start_date: at(-7 * DAY),
			end_date: at(-7 * DAY + 48 * MINUTE),
			attendees: mkAttendees(3, true),
		});
		const w1 = this.addSession(webinar.id, {
			start_date: at(-5 * DAY),
			end_date: at(-5 * DAY + 80 * MINUTE),
			attendees: mkAttendees(6, true),
		});
		const o1 = this.addSession(old.id, {
			start_date: old.starts_at,
			end_date: old.ends_at,
			attendees: mkAttendees(2, false),
		});
		void o1;

		// registrations: two to the past webinar session, five to the upcoming one (two share a second)
		const shared = at(-DAY) + 17_000;
		this.addRegistration(webinar.id, {
			firstname: 'Anna',
			lastname: 'Nowak',
			email: 'anna.nowak@example.com',
			session_id: w1.id,
			registration_date: at(-6 * DAY),
		});
		this.addRegistration(webinar.id, {
			firstname: 'John',
			lastname: 'Smith',
			email: 'john.smith@example.com',
			session_id: w1.id,
			registration_date: at(-6 * DAY + HOUR),
		});
		const upcoming = this.upcomingSession(webinar.id);
		this.addRegistration(webinar.id, {
			firstname: 'Maria',
			lastname: 'Garcia',
			email: 'maria.garcia@example.com',
			session_id: upcoming.id,
			registration_date: at(-2 * DAY),
		});
		this.addRegistration(webinar.id, {
			firstname: 'Li',
			lastname: 'Wei',
			email: 'li.wei@example.com',
			session_id: upcoming.id,
			registration_date: shared,
		});
		this.addRegistration(webinar.id, {
			firstname: 'Olivia',
			lastname: 'Brown',
			email: 'olivia.brown@example.com',
			session_id: upcoming.id,
			registration_date: shared,
		});
		this.addRegistration(webinar.id, {
			firstname: 'Lukas',
			lastname: 'Muller',
			email: 'lukas.muller@example.com',
			session_id: upcoming.id,
			registration_date: at(-3 * HOUR),
			fields: { Company: 'Acme GmbH' },
			registration_confirmed: at(-3 * HOUR) + 4000,
			http_referer: 'https://www.example.com/launch',
			geo: { country: 'DE', city: 'Berlin' },
		});

		// tokens for the token room
		const toks = this.generateTokens(vip.id, 5);
		toks[0].sent_to_email = 'vip1@example.com';
		toks[1].sent_to_email = 'vip2@example.com';
		toks[1].first_use_date = at(-HOUR);
		toks[1].used_by = 'vip2@example.com';

		// files
		this.addFile(
			Buffer.from('ClickMeeting simulator demo agenda\n1. Welcome\n2. Product demo\n3. Q&A\n'),
			'agenda.txt',
		);
		this.addFile(buildTinyPng(), 'logo.png', undefined, 'image/png');
		this.addFile(
			Buffer.from('Slides placeholder\n'),
			'launch-slides.pdf',
			webinar.id,
			'application/pdf',
		);

		// recordings
		this.addRecording(team.id, { recording_duration: 2880, recorder_started: t1.start_date });
		this.addRecording(team.id, { recording_duration: 3000, recorder_started: t2.start_date });
		this.addRecording(webinar.id, { recording_duration: 4800, recorder_started: w1.start_date });

		// chats
		this.addChat(t2.id);
		this.addChat(w1.id);

		// contacts
		for (const [email, firstname, lastname, country] of [
			['anna.nowak@example.com', 'Anna', 'Nowak', 'PL'],
			['john.smith@example.com', 'John', 'Smith', 'US'],
		]) {
			this.contacts.set(email, {
				email,
				firstname,
				lastname,
				phone: null,
				company: null,
				country,
				created_at: now,
				updated_at: now,
			});
		}
		void secret;
	}
}

/** A host login hash in the recorded form: base64-like letters ending in "__". */
function hostHash(): string {
	return `${randomCode(110)}__`;
}

export function guessContentType(name: string): string {
	const ext = name.toLowerCase().split('.').pop() ?? '';
	const map: Record<string, string> = {
		png: 'image/png',
		jpg: 'image/jpeg',
		jpeg: 'image/jpeg',
		gif: 'image/gif',
		pdf: 'application/pdf',
		txt: 'text/plain',
		mp3: 'audio/mpeg',
		mp4: 'video/mp4',
		ppt: 'application/vnd.ms-powerpoint',
		pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		doc: 'application/msword',
		docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	};
	return map[ext] ?? 'application/octet-stream';
}

export function documentType(contentType: string, name: string): string {
	if (contentType.startsWith('image/')) return 'image';
	if (contentType.startsWith('audio/')) return 'audio';
	if (contentType.startsWith('video/')) return 'video';
	// recorded upload answers: a PDF is "presentation_pdf"
	if (contentType === 'application/pdf' || /\.pdf$/i.test(name)) return 'presentation_pdf';
	if (/powerpoint|presentation/.test(contentType) || /\.(pptx?|odp)$/i.test(name))
		return 'presentation';
	return 'document';
}

/** A valid 1x1 PNG. */
function buildTinyPng(): Buffer {
	return Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64',
	);
}
