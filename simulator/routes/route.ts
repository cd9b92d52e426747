/**
 * The route table's building blocks: `route('GET /conferences/:room_id/sessions', handler)` in the
 * reference's notation, the request context a handler gets, and the lookups most handlers share.
 */
import type { MultipartFile } from '../body';
import { ApiError, notFound } from '../errors';
import type { Room, Session, SimulatorState } from '../state';

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
	/** the placeholders of the route by name: `params.room_id` */
	params: Record<string, string>;
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

export type Handler = (c: Ctx) => Answer;

export interface Route {
	method: string;
	/** the reference's notation: '/conferences/:room_id/sessions/:session_id/attendees' */
	template: string;
	re: RegExp;
	names: string[];
	handler: Handler;
}

/**
 * A route in the reference's notation, 'METHOD /path/:placeholder'. A placeholder ending in `_id`
 * matches digits, any other one path segment, unless `patterns` gives its regular expression.
 */
export function route(
	endpoint: string,
	handler: Handler,
	patterns: Record<string, string> = {},
): Route {
	const [method, template] = endpoint.split(' ');
	const names: string[] = [];
	const source = template
		.split('/')
		.map((segment) => {
			const name = /^:([a-z_]+)$/.exec(segment)?.[1];
			if (!name) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			names.push(name);
			return `(${patterns[name] ?? (name.endsWith('_id') ? '\\d+' : '[^/]+')})`;
		})
		.join('/');
	return { method, template, re: new RegExp(`^${source}$`), names, handler };
}

/** The placeholders of `path` by name when it matches the route's template. */
export function match(r: Route, path: string): Record<string, string> | undefined {
	const m = r.re.exec(path);
	return m ? Object.fromEntries(r.names.map((name, i) => [name, m[i + 1]])) : undefined;
}

/** Finds the route for a path (relative to /v1, without format suffix): 404 unknown, 405 wrong method. */
export function resolve(
	routes: Route[],
	method: string,
	path: string,
): { handler: Handler; params: Record<string, string> } {
	const onPath = routes.filter((r) => r.re.test(path));
	const found = onPath.find((r) => r.method === method);
	if (found) return { handler: found.handler, params: match(found, path) ?? {} };
	if (onPath.length === 0) throw notFound('path', `No endpoint ${method} /v1${path}.`);
	const allowed = onPath.map((r) => r.method).join(', ');
	throw new ApiError(
		405,
		[
			{
				name: 'method',
				message: `Method ${method} is not allowed for ${path}. Allowed: ${allowed}.`,
			},
		],
		{ allow: allowed },
	);
}

export function roomOf(c: Ctx): Room {
	const room = c.host.state.rooms.get(Number(c.params.room_id));
	if (!room) throw notFound('room_id', `Room ${c.params.room_id} not found.`);
	return room;
}

export function sessionOf(c: Ctx, room: Room): Session {
	// the reference spells two of its paths `:sessoin_id` (GET session, generate-pdf)
	const id = c.params.session_id ?? c.params.sessoin_id;
	const s = c.host.state.sessions.get(Number(id));
	if (!s || s.room_id !== room.id)
		throw notFound('session_id', `Session ${id} not found in room ${room.id}.`);
	return s;
}

export const ok = (json: unknown): Answer => ({ status: 200, json });

/** A DELETE's answer: its documented object, or the bare "200 OK" string some deletes answer. */
export const deleted = (c: Ctx, json: unknown): Answer =>
	ok(c.host.options.bareOkDeletes ? '200 OK' : json);

/** A download: the bytes with their content type and disposition. */
export const download = (raw: Buffer, contentType: string, disposition: string): Answer => ({
	status: 200,
	raw,
	headers: { 'content-type': contentType, 'content-disposition': disposition },
});
