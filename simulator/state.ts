/**
 * The simulator's data store: rooms, sessions (with attendees), registrations, access tokens,
 * files, recordings, chats, contacts, invitations, PDF reports, and the methods that add to it.
 * Record types are in `types.ts`, their defaults in `records.ts`, seed data in `seed.ts`, content
 * helpers in `content.ts`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { TOKEN_ALPHABET, randomAlnum, slugify } from './content';
import {
	attendeeRecord,
	chatRecord,
	fileRecord,
	recordingRecord,
	registrationRecord,
	roomRecord,
} from './records';
import { seedBulkRooms, seedDemo } from './seed';
import { DAY, HOUR, MINUTE, nowToSecond } from './time';
import type {
	AccessToken,
	Attendee,
	Autologin,
	Chat,
	ChatMessage,
	Contact,
	FileEntry,
	Invitation,
	PdfReport,
	Recording,
	Registration,
	RegistrationInput,
	Room,
	RoomStatus,
	Session,
} from './types';

export type * from './types';

/** The first id of each kind; `clear()` starts over from these. */
const FIRST_ID = {
	room: 1001,
	session: 60001,
	registration: 401,
	file: 1101,
	recording: 5101,
	attendee: 801,
	uid: 901,
};
export type IdKind = keyof typeof FIRST_ID;

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
	private next = { ...FIRST_ID };

	/** Empties every collection and starts the ids over. */
	clear(): void {
		for (const value of Object.values(this)) {
			if (value instanceof Map || value instanceof Set) value.clear();
			else if (Array.isArray(value)) value.length = 0;
		}
		this.next = { ...FIRST_ID };
	}

	/** Takes the next id of a kind. */
	nextId(kind: IdKind): number {
		return this.next[kind]++;
	}

	/** An explicit id: later ids of its kind come after it. */
	private useId(kind: IdKind, id: number | undefined): number {
		if (id === undefined) return this.nextId(kind);
		if (id >= this.next[kind]) this.next[kind] = id + 1;
		return id;
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
		const id = this.useId('room', partial.id);
		const nameUrl = partial.name_url ?? this.uniqueNameUrl(slugify(partial.name ?? `Room ${id}`));
		const room = roomRecord(id, nameUrl, partial);
		this.rooms.set(id, room);
		this.nameUrls.set(room.name_url, id);
		return room;
	}

	/** Fast bulk seeding for benchmarks. */
	seedRooms(count: number, opts?: { status?: RoomStatus; registrationEnabled?: boolean }): Room[] {
		return seedBulkRooms(this, count, opts);
	}

	/** The demo account (see seed.ts). */
	seedDemo(): void {
		seedDemo(this);
	}

	deleteRoom(roomId: number): boolean {
		const room = this.rooms.get(roomId);
		if (!room) return false;
		this.rooms.delete(roomId);
		if (this.nameUrls.get(room.name_url) === roomId) this.nameUrls.delete(room.name_url);
		const ofRoom = (r: { room_id: number | null }): boolean => r.room_id === roomId;
		for (const [id, s] of this.sessions) {
			if (!ofRoom(s)) continue;
			this.sessions.delete(id);
			this.chats.delete(id);
		}
		for (const t of this.tokens.get(roomId) ?? []) this.tokenCodes.delete(t.token);
		this.tokens.delete(roomId);
		for (const map of [
			this.registrations,
			this.recordings,
			this.files,
			this.chats,
			this.pdfReports,
		])
			for (const [key, record] of map as Map<unknown, { room_id: number | null }>)
				if (ofRoom(record)) map.delete(key as never);
		return true;
	}

	// ---------------------------------------------------------------- sessions

	addSession(
		roomId: number,
		partial: Partial<Omit<Session, 'attendees'>> & { attendees?: Array<Partial<Attendee>> } = {},
	): Session {
		if (!this.rooms.has(roomId)) throw new Error(`Unknown room ${roomId}`);
		const start = partial.start_date ?? nowToSecond() - 2 * HOUR;
		const id = this.useId('session', partial.id);
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
		const attendee = attendeeRecord(session, partial, {
			id: () => this.nextId('attendee'),
			uid: () => String(this.nextId('uid')),
		});
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
		if (!room.permanent_room && room.starts_at > now) {
			const end = Math.max(room.ends_at, room.starts_at + MINUTE);
			return this.addSession(roomId, {
				start_date: room.starts_at,
				end_date: end,
				max_visitors: 0,
			});
		}
		const start = Math.ceil((now + DAY) / HOUR) * HOUR;
		return this.addSession(roomId, { start_date: start, end_date: start + HOUR, max_visitors: 0 });
	}

	// ---------------------------------------------------------------- registrations

	addRegistration(roomId: number, partial: RegistrationInput = {}): Registration {
		if (!this.rooms.has(roomId)) throw new Error(`Unknown room ${roomId}`);
		const id = this.nextId('registration');
		const sessionId =
			partial.session_id === null ? null : (partial.session_id ?? this.upcomingSession(roomId).id);
		const reg = registrationRecord(id, roomId, sessionId, partial);
		this.registrations.set(id, reg);
		return reg;
	}

	registrationsOfRoom(roomId: number): Registration[] {
		return [...this.registrations.values()].filter((r) => r.room_id === roomId);
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
			const token = randomAlnum(6, TOKEN_ALPHABET);
			if (this.tokenCodes.has(token)) continue;
			this.tokenCodes.add(token);
			out.push({ token, sent_to_email: null, first_use_date: null, used_by: null });
		}
		list.push(...out);
		return out;
	}

	// ---------------------------------------------------------------- files, recordings, chats

	addFile(content: Buffer, name: string, roomId?: number, contentType?: string): FileEntry {
		const id = this.nextId('file');
		const entry = fileRecord(id, content, name, roomId ?? null, contentType);
		this.files.set(id, entry);
		return entry;
	}

	addRecording(
		roomId: number,
		partial: Partial<Omit<Recording, 'id' | 'room_id'>> = {},
	): Recording {
		if (!this.rooms.has(roomId)) throw new Error(`Unknown room ${roomId}`);
		const id = this.nextId('recording');
		const rec = recordingRecord(id, roomId, partial);
		this.recordings.set(id, rec);
		return rec;
	}

	addChat(sessionId: number, messages?: Array<Partial<ChatMessage>>): Chat {
		const session = this.sessions.get(sessionId);
		if (!session) throw new Error(`Unknown session ${sessionId}`);
		const chat = chatRecord(session, messages);
		this.chats.set(sessionId, chat);
		return chat;
	}
}
