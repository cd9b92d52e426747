/**
 * The control API under /__control/ (no API key, JSON or form bodies): faults, reset, recorded
 * requests, options, the rate-limit mode and seeding, for the standalone simulator (`npm run simulator`).
 */
import type * as http from 'node:http';
import { parseUrlEncoded } from './body';
import { ApiError, ErrorItem } from './errors';
import { FAULT_TYPES, Fault, FaultMatch } from './faults';
import { readBody, sendError, sendJson } from './http';
import { checkRateLimit } from './rateLimit';
import type { ClickMeetingSimulator } from './server';
import type { Attendee, Room } from './types';

type Body = Record<string, unknown>;
type ControlHandler = (sim: ClickMeetingSimulator, body: Body) => unknown;

const num = (v: unknown): number | undefined =>
	v === undefined || v === null || v === '' ? undefined : Number(v);
const date = (v: unknown): number | undefined =>
	v === undefined || v === null || v === ''
		? undefined
		: typeof v === 'number'
			? v
			: Date.parse(String(v));
const yes = (v: unknown): boolean => v === true || v === '1' || v === 'true';
const OK = { status: 'OK' };

function failWith(name: string, message: string): never {
	throw new ApiError(422, [{ name, message }]);
}

function existing(map: Map<number, unknown>, v: unknown, name: string, what: string): number {
	const id = Number(v);
	if (!map.has(id)) throw new ApiError(404, [{ name, message: `${what} ${String(v)} not found.` }]);
	return id;
}

function rateLimitFrom(value: unknown): ReturnType<typeof checkRateLimit> {
	try {
		return checkRateLimit(value);
	} catch (e) {
		return failWith('rateLimit', (e as Error).message);
	}
}

function addFault(sim: ClickMeetingSimulator, body: Body): unknown {
	const given = (body.fault && typeof body.fault === 'object' ? body.fault : body) as Fault & {
		match?: unknown;
	};
	if (!FAULT_TYPES.includes(String(given.type)))
		failWith('type', 'One of: status, latency, drop, malformed.');
	const m = (body.match ?? {}) as { method?: string; path?: string; pathRegex?: string };
	const match: FaultMatch = {};
	if (m.method) match.method = m.method;
	if (m.pathRegex) match.path = new RegExp(m.pathRegex);
	else if (m.path) match.path = m.path;
	const { match: _omit, ...fault } = given;
	void _omit;
	sim.injectFault(fault as Fault, match);
	return { status: 'OK', faults: sim.faultCount };
}

function setOptions(sim: ClickMeetingSimulator, body: Body): unknown {
	const o = sim.options;
	for (const k of ['pdfSteps', 'latencyMs', 'maxTokensPerRoom'] as const)
		if (body[k] !== undefined) o[k] = Number(body[k]);
	for (const k of ['bareOkDeletes', 'stringErrorCodes'] as const)
		if (body[k] !== undefined) o[k] = body[k] === true || body[k] === 'true';
	if (body.activeRoomsPaging === 'paged' || body.activeRoomsPaging === 'ignored')
		o.activeRoomsPaging = body.activeRoomsPaging;
	if (body.pdfInProgressSpelling === 'IN PROGRESS' || body.pdfInProgressSpelling === 'IN_PROGRESS')
		o.pdfInProgressSpelling = body.pdfInProgressSpelling;
	if (body.rateLimit !== undefined) sim.setRateLimit(rateLimitFrom(body.rateLimit));
	const { apiKey: _key, extraApiKeys: _extra, ...visible } = o;
	void _key;
	void _extra;
	return visible;
}

function setRateLimit(sim: ClickMeetingSimulator, body: Body): unknown {
	sim.setRateLimit(rateLimitFrom(body.rateLimit ?? body));
	if (yes(body.resetCounters)) sim.clearRateLimitStats();
	return sim.rateLimitSummary();
}

function addRooms(sim: ClickMeetingSimulator, body: Body): unknown {
	if (body.count === undefined) return { status: 'OK', id: sim.addRoom(body as Partial<Room>).id };
	const rooms = sim.seedRooms(Number(body.count), {
		status: body.status === 'inactive' ? 'inactive' : 'active',
		registrationEnabled: body.registrationEnabled === true || body.registrationEnabled === '1',
	});
	return {
		status: 'OK',
		count: rooms.length,
		first_id: rooms[0]?.id ?? null,
		last_id: rooms[rooms.length - 1]?.id ?? null,
	};
}

function addSession(sim: ClickMeetingSimulator, body: Body): unknown {
	const id = existing(sim.state.rooms, body.room_id, 'room_id', 'Room');
	const attendees = Array.isArray(body.attendees)
		? (body.attendees as Array<Partial<Attendee>>)
		: Array.from({ length: num(body.attendees) ?? 0 }, () => ({}));
	const s = sim.addSession(id, {
		start_date: date(body.start_date),
		end_date: date(body.end_date),
		attendees,
	});
	return { status: 'OK', id: s.id, room_id: id };
}

function addRegistration(sim: ClickMeetingSimulator, body: Body): unknown {
	const id = existing(sim.state.rooms, body.room_id, 'room_id', 'Room');
	const r = sim.addRegistration(id, {
		email: body.email as string | undefined,
		firstname: body.firstname as string | undefined,
		lastname: body.lastname as string | undefined,
		session_id: num(body.session_id),
		registration_date: body.registration_date as string | number | undefined,
	});
	return { status: 'OK', id: r.id, session_id: r.session_id };
}

function addAttendee(sim: ClickMeetingSimulator, body: Body): unknown {
	const sessionId = existing(sim.state.sessions, body.session_id, 'session_id', 'Session');
	const { session_id: _s, start_date, end_date, ...rest } = body;
	void _s;
	const a = sim.addAttendee(sessionId, {
		...(rest as Partial<Attendee>),
		start_date: date(start_date),
		end_date: date(end_date),
	});
	return { status: 'OK', uid: a.uid };
}

/** Control endpoints in the reference's notation (relative to the origin, not /v1). */
const CONTROL: Record<string, ControlHandler> = {
	'POST /__control/fault': addFault,
	'DELETE /__control/fault': (sim) => (sim.clearFaults(), OK),
	'POST /__control/reset': (sim, b) => (
		sim.reset(b.seed === undefined ? sim.options.seed : yes(b.seed)),
		OK
	),
	'GET /__control/requests': (sim) => sim.requests,
	'DELETE /__control/requests': (sim) => (sim.clearRequests(), OK),
	'GET /__control/state': (sim) => {
		const s = sim.state;
		return {
			rooms: s.rooms.size,
			sessions: s.sessions.size,
			registrations: s.registrations.size,
			files: s.files.size,
			recordings: s.recordings.size,
			chats: s.chats.size,
			contacts: s.contacts.size,
			invitations: s.invitations.length,
			faults: sim.faultCount,
			requests: sim.requests.length,
		};
	},
	'PUT /__control/options': setOptions,
	'GET /__control/rate-limit': (sim) => sim.rateLimitSummary(),
	'PUT /__control/rate-limit': setRateLimit,
	'DELETE /__control/rate-limit': (sim) => (sim.setRateLimit(null), sim.rateLimitSummary()),
	'DELETE /__control/rate-limit/counters': (sim) => (
		sim.clearRateLimitStats(),
		sim.rateLimitSummary()
	),
	'POST /__control/rooms': addRooms,
	'POST /__control/sessions': addSession,
	'POST /__control/registrations': addRegistration,
	'POST /__control/attendees': addAttendee,
	'POST /__control/attendance': (sim, b) => {
		const out = sim.seedAttendance({
			room_id: num(b.room_id),
			start: date(b.start),
			sessions: num(b.sessions),
		});
		return {
			status: 'OK',
			room_id: out.room.id,
			sessions: out.sessions.map((s) => s.id),
			registrations: out.registrations,
		};
	},
	'POST /__control/rooms-over-time': (sim, b) => {
		const rooms = sim.seedRoomsOverTime({
			count: num(b.count) ?? 1,
			from: date(b.from),
			step: num(b.step),
			startsInMinutes: num(b.starts_in_minutes),
			startStep: num(b.start_step),
		});
		return { status: 'OK', ids: rooms.map((r) => r.id) };
	},
	'POST /__control/recordings': (sim, b) => {
		const rec = sim.state.addRecording(existing(sim.state.rooms, b.room_id, 'room_id', 'Room'), {
			recorder_started: date(b.recorder_started),
			recording_duration: num(b.recording_duration),
		});
		return { status: 'OK', id: rec.id, recording_url: rec.recording_url };
	},
	'POST /__control/pdf-failure': (sim, b) => {
		sim.forcePdfFailure(Number(b.room_id), Number(b.session_id), String(b.lang ?? 'en'));
		return OK;
	},
};
/** Other spellings kept working. */
const ALIASES: Record<string, string> = {
	'DELETE /__control/faults': 'DELETE /__control/fault',
	'POST /__control/faults/clear': 'DELETE /__control/fault',
	'POST /__control/options': 'PUT /__control/options',
	'POST /__control/rate-limit': 'PUT /__control/rate-limit',
};

async function readControlBody(req: http.IncomingMessage): Promise<Body> {
	const raw = await readBody(req);
	if (!raw.length) return {};
	const ct = String(req.headers['content-type'] ?? '');
	const parsed: unknown = ct.includes('urlencoded')
		? parseUrlEncoded(raw.toString('utf8'))
		: JSON.parse(raw.toString('utf8'));
	return parsed && typeof parsed === 'object' ? (parsed as Body) : {};
}

export async function handleControl(
	sim: ClickMeetingSimulator,
	req: http.IncomingMessage,
	res: http.ServerResponse,
	pathname: string,
): Promise<void> {
	const method = (req.method ?? 'GET').toUpperCase();
	let body: Body;
	try {
		body = await readControlBody(req);
	} catch (e) {
		const message = `Malformed control body: ${(e as Error).message}`;
		return sendError(res, 400, [{ name: 'body', message }]);
	}
	const key = `${method} ${pathname}`;
	const handler = CONTROL[ALIASES[key] ?? key];
	if (!handler)
		return sendError(res, 404, [{ name: 'path', message: `No control endpoint ${key}.` }]);
	try {
		sendJson(res, 200, handler(sim, body));
	} catch (e) {
		const status = e instanceof ApiError ? e.status : 400;
		const errors: ErrorItem[] =
			e instanceof ApiError ? e.errors : [{ name: 'body', message: (e as Error).message }];
		sendError(res, status, errors);
	}
}
