/** New records with their defaults: what a partial given by a test or a request leaves out. */
import { documentType, guessContentType, hostHash, randInt, randomCode, slugify } from './content';
import { DEFAULT_TIMEZONE, defaultSettings } from './seed';
import { DAY, HOUR, MINUTE, floorToSecond, nowToSecond, toMs } from './time';
import type * as T from './types';

/**
 * The fields of a partial record that are set: undefined and null keep the defaults, except a null
 * in one of `nullable` (an explicit "not set", such as a presenter's rating).
 */
export function definedOnly<T extends object>(partial: T, nullable: string[] = []): Partial<T> {
	return Object.fromEntries(
		Object.entries(partial).filter(
			([k, v]) => v !== undefined && (v !== null || nullable.includes(k)),
		),
	) as Partial<T>;
}

export function roomRecord(id: number, nameUrl: string, partial: Partial<T.Room>): T.Room {
	const now = nowToSecond();
	const startsAt = partial.starts_at ?? now;
	return {
		name: `Room ${id}`,
		name_url: nameUrl,
		room_type: 'meeting',
		access_type: 1,
		permanent_room: false,
		status: 'active',
		lobby_enabled: true,
		lobby_description: '',
		password: null,
		timezone: DEFAULT_TIMEZONE,
		skin_id: null,
		registration_enabled: false,
		registration_template: 1,
		room_pin: randInt(100_000_000, 999_999_999),
		phone_presenter_pin: randInt(100_000, 999_999),
		phone_listener_pin: randInt(100_000, 999_999),
		widgets_hash: Math.random().toString(36).slice(2, 8).padEnd(6, '0'),
		recorder_list: [],
		autologin_hash: hostHash(),
		paid_enabled: false,
		automated_enabled: false,
		description: '',
		parent_id: null,
		created_at: now,
		updated_at: partial.created_at ?? now,
		ends_at: startsAt + HOUR,
		...definedOnly(partial),
		id,
		starts_at: startsAt,
		settings: { ...defaultSettings(), ...(partial.settings ?? {}) },
	};
}

/** The session's n-th attendee; `ids` hands out the next id and uid when the partial has none. */
export function attendeeRecord(
	session: T.Session,
	partial: Partial<T.Attendee>,
	ids: { id: () => number; uid: () => string },
): T.Attendee {
	const n = session.attendees.length + 1;
	const listener = (partial.role ?? 'listener') === 'listener';
	return {
		id: partial.id ?? ids.id(),
		uid: partial.uid ?? ids.uid(),
		email: `visitor${n}.${session.id}@example.com`,
		nickname: `visitor${n}`,
		role: 'listener',
		device:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
		// null ratings for presenters and hosts (recorded answers); an explicit null is kept
		rating: listener ? String(1 + (n % 5)) : null,
		rating_comment: listener ? '' : null,
		user_ip: `198.51.100.${1 + (n % 250)}`,
		start_date: session.start_date + n * MINUTE,
		end_date: session.end_date,
		...definedOnly(partial, ['rating', 'rating_comment']),
	};
}

export function registrationRecord(
	id: number,
	roomId: number,
	sessionId: number | null,
	partial: T.RegistrationInput,
): T.Registration {
	const first = partial.firstname ?? `First${id}`;
	const last = partial.lastname ?? `Last${id}`;
	const email = partial.email ?? `registrant${id}@example.com`;
	const confirmed = partial.registration_confirmed;
	return {
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
}

export function fileRecord(
	id: number,
	content: Buffer,
	name: string,
	roomId: number | null,
	contentType = guessContentType(name),
): T.FileEntry {
	return {
		id,
		name,
		content,
		content_type: contentType,
		room_id: roomId,
		upload_date: nowToSecond(),
		document_type: documentType(contentType, name),
		status: 'converted',
		conversion_progress: 100,
		status_message: '',
		created_at: nowToSecond(),
		cdn_token: randomCode(22),
	};
}

export function recordingRecord(
	id: number,
	roomId: number,
	partial: Partial<Omit<T.Recording, 'id' | 'room_id'>>,
): T.Recording {
	return {
		recording_duration: 1800,
		recorder_started: floorToSecond(Date.now() - DAY),
		recording_file_size: 52_428_800,
		recording_url: `http://recorder.sim.clickmeeting.test/download/${id}/recording.mp4?st=${randomCode(22)}&e=${id}`,
		recording_name: `recording_${id}`,
		...definedOnly(partial),
		id,
		room_id: roomId,
	};
}

const DEFAULT_CHAT: Array<Partial<T.ChatMessage>> = [
	{ nickname: 'host', message: 'Welcome everyone!' },
	{ nickname: 'visitor1', message: 'Hi, glad to be here.' },
	{ nickname: 'visitor2', message: 'Will the slides be shared afterwards?' },
	{ nickname: 'host', message: 'Yes, we will send them by e-mail.' },
];

/** A session's chat; messages a minute apart from the session's start unless timed. */
export function chatRecord(session: T.Session, messages = DEFAULT_CHAT): T.Chat {
	return {
		session_id: session.id,
		room_id: session.room_id,
		messages: messages.map((m, i) => ({
			time: m.time ?? session.start_date + (i + 1) * MINUTE,
			email: m.email ?? `${slugify(m.nickname ?? 'guest')}@example.com`,
			nickname: m.nickname ?? 'guest',
			message: m.message ?? '',
		})),
	};
}
