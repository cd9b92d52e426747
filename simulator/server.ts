/**
 * ClickMeeting API simulator: a real HTTP server on loopback that answers the /v1 endpoints of the
 * API reference, keeps state, records requests and injects faults on demand.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { ApiError, errorBody } from './errors';
import { RateLimitCounters, RateLimitOptions, RateLimiter, checkRateLimit } from './rateLimit';
import {
	AttendanceOptions,
	AttendanceScenario,
	RoomsOverTimeOptions,
	seedAttendance,
	seedRoomsOverTime,
} from './attendance';
import { Answer, ApiHost, resolve, servePdf } from './api';
import {
	MultipartFile,
	Nested,
	boundaryOf,
	expandBrackets,
	parseMultipart,
	parseUrlEncoded,
} from './body';
import {
	Chat,
	ChatMessage,
	FileEntry,
	Recording,
	Registration,
	RegistrationInput,
	Room,
	RoomStatus,
	Session,
	Attendee,
	SimulatorState,
} from './state';

export interface SimulatorOptions {
	host?: string;
	port?: number;
	apiKey?: string;
	pdfSteps?: number;
	pdfInProgressSpelling?: 'IN PROGRESS' | 'IN_PROGRESS';
	latencyMs?: number;
	seed?: boolean;
	maxTokensPerRoom?: number;
	/** `GET /conferences/active`: 'paged' (default: 250 a page, page 1 when `page` is not sent) or 'ignored' (every room) */
	activeRoomsPaging?: 'paged' | 'ignored';
	/** every DELETE answers the bare JSON string "200 OK" (seen from the live API) */
	bareOkDeletes?: boolean;
	/** error bodies carry `code` as a string ("422"), as the live API sometimes does */
	stringErrorCodes?: boolean;
	/** further API keys accepted besides `apiKey` (each has its own rate-limit bucket) */
	extraApiKeys?: string[];
	/**
	 * Rate-limit mode (null: off): a token bucket per API key, `burst` at once then `perSecond`;
	 * an empty bucket answers 429 with `Retry-After: retryAfter` (default 1) and the error body.
	 * Read on every request: `sim.options.rateLimit = {...}` or `sim.setRateLimit(...)` at run time.
	 */
	rateLimit?: RateLimitOptions | null;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	headers: Record<string, string>;
	status: number;
}

export type Fault =
	/** `afterProcessing`: the request is carried out (state changes), then answered with the fault. */
	| {
			type: 'status';
			status: number;
			count?: number;
			retryAfter?: string;
			body?: string;
			afterProcessing?: boolean;
	  }
	| { type: 'latency'; ms: number; count?: number }
	| { type: 'drop'; count?: number; afterProcessing?: boolean }
	| { type: 'malformed'; count?: number };

export interface FaultMatch {
	method?: string;
	/** exact path relative to /v1 ('/conferences/12'), a prefix when it ends with '*', or a RegExp */
	path?: string | RegExp;
}

interface ActiveFault {
	fault: Fault;
	match?: FaultMatch;
	/** -1 = until cleared */
	remaining: number;
}

const DEFAULTS: Required<SimulatorOptions> = {
	host: '127.0.0.1',
	port: 0,
	apiKey: 'sim-api-key-0123456789abcdef',
	pdfSteps: 2,
	pdfInProgressSpelling: 'IN PROGRESS',
	latencyMs: 0,
	seed: true,
	maxTokensPerRoom: 4000,
	activeRoomsPaging: 'paged',
	bareOkDeletes: false,
	stringErrorCodes: false,
	extraApiKeys: [],
	rateLimit: null,
};

const MAX_BODY = 256 * 1024 * 1024;
const FORMAT_RE = /^(.*)\.(json|xml|js|jsonp|printr)$/i;
/** The official clients append the format after the query string: `conferences/inactive?page=1.json`. */
const QUERY_FORMAT_RE = /^(\?.*)\.(json|xml|js|jsonp|printr)$/i;

// unref: a pending delay (latency fault) never keeps a test process alive after close().
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

function sendJson(
	res: http.ServerResponse,
	status: number,
	json: unknown,
	headers: Record<string, string> = {},
): void {
	const body = Buffer.from(JSON.stringify(json), 'utf8');
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'content-length': String(body.length),
		...headers,
	});
	res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
	return new Promise((resolveBody, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY) {
				reject(
					new ApiError(413, [
						{ name: 'body', message: `Request body larger than ${MAX_BODY} bytes.` },
					]),
				);
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolveBody(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

interface ParsedBody {
	recorded: unknown;
	params: Record<string, unknown>;
	files: MultipartFile[];
	error?: ApiError;
}

function parseBody(raw: Buffer, contentType: string): ParsedBody {
	if (raw.length === 0) return { recorded: undefined, params: {}, files: [] };
	const ct = contentType.toLowerCase();
	try {
		if (ct.startsWith('multipart/form-data')) {
			const boundary = boundaryOf(contentType);
			if (!boundary) throw new Error('missing boundary');
			const mp = parseMultipart(raw, boundary);
			return {
				recorded: {
					fields: mp.fields,
					files: mp.files.map((f) => ({
						field: f.field,
						filename: f.filename,
						contentType: f.contentType,
						size: f.data.length,
					})),
				},
				params: expandBrackets(Object.entries(mp.fields)),
				files: mp.files,
			};
		}
		if (ct.includes('json')) {
			const json: unknown = JSON.parse(raw.toString('utf8'));
			const params =
				json && typeof json === 'object' && !Array.isArray(json)
					? (json as Record<string, unknown>)
					: {};
			return { recorded: json, params, files: [] };
		}
		if (ct.startsWith('application/x-www-form-urlencoded') || ct === '') {
			const nested: Nested = parseUrlEncoded(raw.toString('utf8'));
			return { recorded: nested, params: nested, files: [] };
		}
		return { recorded: raw.toString('utf8'), params: {}, files: [] };
	} catch (e) {
		return {
			recorded: raw.toString('utf8'),
			params: {},
			files: [],
			error: new ApiError(400, [
				{ name: 'body', message: `Malformed request body: ${(e as Error).message}` },
			]),
		};
	}
}

function headersOf(req: http.IncomingMessage): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(req.headers)) {
		const key = k.toLowerCase();
		if (key === 'x-api-key' || v === undefined) continue;
		out[key] = Array.isArray(v) ? v.join(', ') : v;
	}
	return out;
}

function keyMatches(given: string | undefined, expected: string): boolean {
	if (!given) return false;
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

export class ClickMeetingSimulator implements ApiHost {
	readonly apiKey: string;
	readonly requests: RecordedRequest[] = [];
	readonly state = new SimulatorState();
	options: Required<SimulatorOptions>;
	private readonly server: http.Server;
	private faults: ActiveFault[] = [];
	private readonly limiter = new RateLimiter();
	private _origin = '';

	constructor(options: SimulatorOptions = {}) {
		const given = Object.fromEntries(
			Object.entries(options).filter(([, v]) => v !== undefined),
		) as SimulatorOptions;
		this.options = { ...DEFAULTS, ...given };
		this.apiKey = this.options.apiKey;
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((e: unknown) => {
				if (!res.headersSent)
					sendJson(
						res,
						500,
						errorBody(500, [{ name: 'server', message: String((e as Error)?.message ?? e) }]),
					);
				else res.destroy();
			});
		});
		this.options.rateLimit = checkRateLimit(this.options.rateLimit);
		this.server.keepAliveTimeout = 5000;
		if (this.options.seed) this.state.seedDemo();
	}

	/** e.g. 'http://127.0.0.1:43211/v1' */
	get baseUrl(): string {
		return `${this._origin}/v1`;
	}

	/** e.g. 'http://127.0.0.1:43211' */
	get origin(): string {
		return this._origin;
	}

	get port(): number {
		return (this.server.address() as AddressInfo | null)?.port ?? 0;
	}

	listen(): Promise<this> {
		return new Promise((resolveListen, reject) => {
			this.server.once('error', reject);
			this.server.listen(this.options.port, this.options.host, () => {
				this.server.off('error', reject);
				const addr = this.server.address() as AddressInfo;
				const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
				this._origin = `http://${host}:${addr.port}`;
				resolveListen(this);
			});
		});
	}

	close(): Promise<void> {
		return new Promise((resolveClose) => {
			this.server.close(() => resolveClose());
			this.server.closeAllConnections();
		});
	}

	// ------------------------------------------------------------ test controls

	clearRequests(): void {
		this.requests.length = 0;
	}

	injectFault(fault: Fault, match?: FaultMatch): void {
		const count = fault.count ?? 1;
		if (count === 0) return;
		this.faults.push({ fault, match, remaining: count < 0 ? -1 : count });
	}

	clearFaults(): void {
		this.faults = [];
	}

	/** Rate-limit mode on (`{ perSecond, burst?, retryAfter? }`) or off (null); buckets start full. */
	setRateLimit(rateLimit: RateLimitOptions | null): void {
		this.options.rateLimit = checkRateLimit(rateLimit);
	}

	/** Requests with an accepted key and how many the rate limit answered 429: all keys, or one. */
	rateLimitStats(apiKey?: string): RateLimitCounters {
		return this.limiter.stats(apiKey);
	}

	/** Zero the rate-limit counters and refill the buckets (the setting stays). */
	clearRateLimitStats(): void {
		this.limiter.reset();
	}

	forcePdfFailure(roomId: number, sessionId: number, lang: string): void {
		const key = `${roomId}:${sessionId}:${lang}`;
		const report = this.state.pdfReports.get(key);
		if (report) report.failed = true;
		else
			this.state.pdfReports.set(key, {
				room_id: roomId,
				session_id: sessionId,
				lang,
				calls: 0,
				failed: true,
				code: 'failed',
			});
	}

	addRoom(partial?: Partial<Room>): Room {
		return this.state.addRoom(partial);
	}

	addSession(
		roomId: number,
		partial?: Partial<Omit<Session, 'attendees'>> & { attendees?: Array<Partial<Attendee>> },
	): Session {
		return this.state.addSession(roomId, partial);
	}

	addAttendee(sessionId: number, partial?: Partial<Attendee>): Attendee {
		return this.state.addAttendee(sessionId, partial);
	}

	addRegistration(roomId: number, partial?: RegistrationInput): Registration {
		return this.state.addRegistration(roomId, partial);
	}

	addRecording(roomId: number, partial?: Partial<Omit<Recording, 'id' | 'room_id'>>): Recording {
		return this.state.addRecording(roomId, partial);
	}

	addFile(content: Buffer, name: string, roomId?: number, contentType?: string): FileEntry {
		return this.state.addFile(content, name, roomId, contentType);
	}

	addChat(sessionId: number, messages?: Array<Partial<ChatMessage>>): Chat {
		return this.state.addChat(sessionId, messages);
	}

	seedRooms(count: number, opts?: { status?: RoomStatus; registrationEnabled?: boolean }): Room[] {
		return this.state.seedRooms(count, opts);
	}

	/** Sessions whose attendees and registrations overlap (see simulator/attendance.ts). */
	seedAttendance(opts?: AttendanceOptions): AttendanceScenario {
		return seedAttendance(this.state, opts);
	}

	/** Scheduled rooms created over time, `starts_at` in the near future. */
	seedRoomsOverTime(opts: RoomsOverTimeOptions): Room[] {
		return seedRoomsOverTime(this.state, opts);
	}

	reset(seed: boolean = this.options.seed): void {
		this.state.clear();
		this.clearRequests();
		this.clearFaults();
		this.clearRateLimitStats();
		if (seed) this.state.seedDemo();
	}

	// ------------------------------------------------------------ request handling

	private takeFault(method: string, path: string): Fault | undefined {
		for (let i = 0; i < this.faults.length; i++) {
			const f = this.faults[i];
			const m = f.match;
			if (m?.method && m.method.toUpperCase() !== method) continue;
			if (m?.path !== undefined) {
				if (m.path instanceof RegExp) {
					if (!m.path.test(path)) continue;
				} else if (m.path.endsWith('*')) {
					if (!path.startsWith(m.path.slice(0, -1))) continue;
				} else if (m.path !== path) continue;
			}
			if (f.remaining > 0) {
				f.remaining--;
				if (f.remaining === 0) this.faults.splice(i, 1);
			}
			return f.fault;
		}
		return undefined;
	}

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const pathname = url.pathname;
		if (pathname.startsWith('/__control/'))
			return this.control(req, res, pathname.slice('/__control'.length));
		const pdf = /^\/panel\/pdf\/([^/]+)\/(\d+)\/([^/]+)$/.exec(pathname);
		if (pdf && req.method === 'GET') {
			const bytes = servePdf(this.state, pdf[1], Number(pdf[2]), pdf[3]);
			if (!bytes)
				return sendJson(
					res,
					404,
					errorBody(404, [{ name: 'report', message: 'PDF report not found.' }]),
				);
			res.writeHead(200, {
				'content-type': 'application/pdf',
				'content-length': String(bytes.length),
				'content-disposition': `inline; filename="report_${pdf[2]}_${pdf[1]}.pdf"`,
			});
			res.end(bytes);
			return;
		}
		if (pathname !== '/v1' && !pathname.startsWith('/v1/')) {
			await readBody(req).catch(() => Buffer.alloc(0));
			return sendJson(
				res,
				404,
				errorBody(404, [
					{
						name: 'path',
						message: `No endpoint ${req.method} ${pathname}; the API lives under /v1.`,
					},
				]),
			);
		}
		return this.api(req, res, url);
	}

	private async api(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
		const method = (req.method ?? 'GET').toUpperCase();
		let path = url.pathname.slice(3) || '/';
		if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
		let search = url.search;
		const queryFormat = QUERY_FORMAT_RE.exec(search);
		if (queryFormat) search = queryFormat[1];
		const query: Record<string, string> = {};
		for (const [k, v] of new URLSearchParams(search)) query[k] = v;
		const record: RecordedRequest = {
			method,
			path,
			query,
			body: undefined,
			headers: headersOf(req),
			status: 0,
		};
		this.requests.push(record);

		let raw: Buffer;
		try {
			raw = await readBody(req);
		} catch (e) {
			record.status = e instanceof ApiError ? e.status : 400;
			if (!res.headersSent && !req.destroyed)
				sendJson(res, record.status, errorBody(record.status, (e as ApiError).errors ?? []));
			return;
		}
		const parsed = parseBody(raw, String(req.headers['content-type'] ?? ''));
		record.body = parsed.recorded;

		const fault = this.takeFault(method, path);
		let wait = this.options.latencyMs;
		if (fault?.type === 'latency') wait += fault.ms;
		if (wait > 0) await delay(wait);

		const late =
			(fault?.type === 'status' || fault?.type === 'drop') && fault.afterProcessing === true;
		if (fault && !late && this.answerFault(fault, record, req, res)) return;

		let answer: Answer;
		try {
			const header = req.headers['x-api-key'];
			const key = Array.isArray(header) ? header[0] : header;
			if (
				!keyMatches(key, this.apiKey) &&
				!this.options.extraApiKeys.some((k) => keyMatches(key, k))
			) {
				throw new ApiError(401, [
					{
						name: 'X-Api-Key',
						message: key ? 'Invalid API key.' : 'Missing API key: send it in the X-Api-Key header.',
					},
				]);
			}
			const retryAfter = this.limiter.take(key as string, this.options.rateLimit);
			if (retryAfter !== undefined)
				throw new ApiError(
					429,
					[{ name: 'rate_limit', message: 'Too many requests, slow down.' }],
					{
						'retry-after': String(retryAfter),
					},
				);
			const fm = FORMAT_RE.exec(path);
			const format = fm?.[2] ?? queryFormat?.[2];
			if (format !== undefined && format.toLowerCase() !== 'json') {
				throw new ApiError(415, [
					{
						name: 'format',
						message: `The .${format} format is not supported by this simulator: only JSON (no suffix or .json) is.`,
					},
				]);
			}
			if (fm) path = fm[1];
			if (parsed.error) throw parsed.error;
			const { handler, params } = resolve(method, path);
			// parameters may also come in the query string of a POST/PUT (the body wins on a clash)
			const bodyParams =
				method === 'GET' || search.length <= 1
					? parsed.params
					: { ...parseUrlEncoded(search.slice(1)), ...parsed.params };
			answer = handler({
				method,
				params,
				query,
				body: bodyParams,
				files: parsed.files,
				origin: this.requestOrigin(req),
				apiBase: `${this.requestOrigin(req)}/v1`,
				host: this,
			});
		} catch (e) {
			if (!(e instanceof ApiError)) throw e;
			record.status = e.status;
			sendJson(
				res,
				e.status,
				errorBody(e.status, e.errors, this.options.stringErrorCodes),
				e.headers,
			);
			return;
		}
		if (fault && late && this.answerFault(fault, record, req, res)) return;
		const status = answer.status ?? 200;
		record.status = status;
		if (answer.raw) {
			res.writeHead(status, {
				'content-length': String(answer.raw.length),
				...(answer.headers ?? {}),
			});
			res.end(answer.raw);
		} else {
			sendJson(res, status, answer.json, answer.headers);
		}
	}

	/** Answers with a fault; false for faults that only delay (latency). */
	private answerFault(
		fault: Fault,
		record: RecordedRequest,
		req: http.IncomingMessage,
		res: http.ServerResponse,
	): boolean {
		if (fault.type === 'drop') {
			record.status = 0;
			req.socket.destroy();
			return true;
		}
		if (fault.type === 'malformed') {
			record.status = 200;
			const body = '{"conference": {"id": 1, "name": "Trunc';
			res.writeHead(200, {
				'content-type': 'application/json; charset=utf-8',
				'content-length': String(Buffer.byteLength(body)),
			});
			res.end(body);
			return true;
		}
		if (fault.type === 'status') {
			record.status = fault.status;
			const headers: Record<string, string> = {};
			if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
			if (fault.body !== undefined) {
				res.writeHead(fault.status, {
					'content-type': 'application/json; charset=utf-8',
					...headers,
				});
				res.end(fault.body);
			} else {
				const message =
					fault.status === 429
						? 'Too many requests, slow down.'
						: `Injected fault: HTTP ${fault.status}.`;
				sendJson(
					res,
					fault.status,
					errorBody(fault.status, [
						{ name: fault.status === 429 ? 'rate_limit' : 'server', message },
					]),
					headers,
				);
			}
			return true;
		}
		return false;
	}

	private rateLimitView(): { rateLimit: RateLimitOptions | null } & RateLimitCounters {
		const setting = this.options.rateLimit;
		return {
			rateLimit: setting && {
				perSecond: setting.perSecond,
				burst: setting.burst ?? Math.max(1, Math.floor(setting.perSecond)),
				retryAfter: setting.retryAfter ?? 1,
			},
			...this.rateLimitStats(),
		};
	}

	private requestOrigin(req: http.IncomingMessage): string {
		const host = req.headers.host;
		return host && /^[A-Za-z0-9.\-[\]:]+$/.test(host) ? `http://${host}` : this._origin;
	}

	// ------------------------------------------------------------ control API (no API key)

	private async control(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		path: string,
	): Promise<void> {
		const method = (req.method ?? 'GET').toUpperCase();
		let body: Record<string, unknown> = {};
		try {
			const raw = await readBody(req);
			if (raw.length) {
				const ct = String(req.headers['content-type'] ?? '');
				const parsed: unknown = ct.includes('urlencoded')
					? parseUrlEncoded(raw.toString('utf8'))
					: JSON.parse(raw.toString('utf8'));
				if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
			}
		} catch (e) {
			return sendJson(
				res,
				400,
				errorBody(400, [
					{ name: 'body', message: `Malformed control body: ${(e as Error).message}` },
				]),
			);
		}
		try {
			const out = this.controlRoute(method, path, body);
			if (out === undefined)
				return sendJson(
					res,
					404,
					errorBody(404, [
						{ name: 'path', message: `No control endpoint ${method} /__control${path}.` },
					]),
				);
			sendJson(res, 200, out);
		} catch (e) {
			const status = e instanceof ApiError ? e.status : 400;
			const errors =
				e instanceof ApiError ? e.errors : [{ name: 'body', message: (e as Error).message }];
			sendJson(res, status, errorBody(status, errors));
		}
	}

	private controlRoute(method: string, path: string, body: Record<string, unknown>): unknown {
		const num = (v: unknown): number | undefined =>
			v === undefined || v === null || v === '' ? undefined : Number(v);
		const date = (v: unknown): number | undefined =>
			v === undefined || v === null || v === ''
				? undefined
				: typeof v === 'number'
					? v
					: Date.parse(String(v));
		const roomId = (): number => {
			const id = Number(body.room_id);
			if (!this.state.rooms.has(id))
				throw new ApiError(404, [
					{ name: 'room_id', message: `Room ${String(body.room_id)} not found.` },
				]);
			return id;
		};
		switch (`${method} ${path}`) {
			case 'POST /fault': {
				const fault = (
					body.fault && typeof body.fault === 'object' ? body.fault : body
				) as Fault & { match?: unknown };
				if (!['status', 'latency', 'drop', 'malformed'].includes(String(fault.type))) {
					throw new ApiError(422, [
						{ name: 'type', message: 'One of: status, latency, drop, malformed.' },
					]);
				}
				const m = (body.match ?? {}) as { method?: string; path?: string; pathRegex?: string };
				const match: FaultMatch = {};
				if (m.method) match.method = m.method;
				if (m.pathRegex) match.path = new RegExp(m.pathRegex);
				else if (m.path) match.path = m.path;
				const clean = { ...fault } as Fault & { match?: unknown };
				delete clean.match;
				this.injectFault(clean, match);
				return { status: 'OK', faults: this.faults.length };
			}
			case 'DELETE /fault':
			case 'DELETE /faults':
			case 'POST /faults/clear':
				this.clearFaults();
				return { status: 'OK' };
			case 'POST /reset':
				this.reset(
					body.seed === undefined
						? this.options.seed
						: body.seed === true || body.seed === '1' || body.seed === 'true',
				);
				return { status: 'OK' };
			case 'GET /requests':
				return this.requests;
			case 'DELETE /requests':
				this.clearRequests();
				return { status: 'OK' };
			case 'GET /state':
				return {
					rooms: this.state.rooms.size,
					sessions: this.state.sessions.size,
					registrations: this.state.registrations.size,
					files: this.state.files.size,
					recordings: this.state.recordings.size,
					chats: this.state.chats.size,
					contacts: this.state.contacts.size,
					invitations: this.state.invitations.length,
					faults: this.faults.length,
					requests: this.requests.length,
				};
			case 'GET /rate-limit':
				return this.rateLimitView();
			case 'PUT /rate-limit':
			case 'POST /rate-limit':
				try {
					this.setRateLimit(checkRateLimit(body.rateLimit ?? body));
				} catch (e) {
					throw new ApiError(422, [{ name: 'rateLimit', message: (e as Error).message }]);
				}
				if (body.resetCounters === true || body.resetCounters === 'true')
					this.clearRateLimitStats();
				return this.rateLimitView();
			case 'DELETE /rate-limit':
				this.setRateLimit(null);
				return this.rateLimitView();
			case 'DELETE /rate-limit/counters':
				this.clearRateLimitStats();
				return this.rateLimitView();
			case 'PUT /options':
			case 'POST /options': {
				for (const k of ['pdfSteps', 'latencyMs', 'maxTokensPerRoom'] as const)
					if (body[k] !== undefined) this.options[k] = Number(body[k]);
				for (const k of ['bareOkDeletes', 'stringErrorCodes'] as const)
					if (body[k] !== undefined) this.options[k] = body[k] === true || body[k] === 'true';
				if (body.activeRoomsPaging === 'paged' || body.activeRoomsPaging === 'ignored')
					this.options.activeRoomsPaging = body.activeRoomsPaging;
				if (
					body.pdfInProgressSpelling === 'IN PROGRESS' ||
					body.pdfInProgressSpelling === 'IN_PROGRESS'
				)
					this.options.pdfInProgressSpelling = body.pdfInProgressSpelling;
				if (body.rateLimit !== undefined) {
					try {
						this.setRateLimit(checkRateLimit(body.rateLimit));
					} catch (e) {
						throw new ApiError(422, [{ name: 'rateLimit', message: (e as Error).message }]);
					}
				}
				const { apiKey: _omit, extraApiKeys: _extra, ...visible } = this.options;
				void _omit;
				void _extra;
				return visible;
			}
			case 'POST /rooms': {
				if (body.count !== undefined) {
					const rooms = this.seedRooms(Number(body.count), {
						status: body.status === 'inactive' ? 'inactive' : 'active',
						registrationEnabled:
							body.registrationEnabled === true || body.registrationEnabled === '1',
					});
					return {
						status: 'OK',
						count: rooms.length,
						first_id: rooms[0]?.id ?? null,
						last_id: rooms[rooms.length - 1]?.id ?? null,
					};
				}
				const room = this.addRoom(body as Partial<Room>);
				return { status: 'OK', id: room.id };
			}
			case 'POST /sessions': {
				const id = roomId();
				const attendees = Array.isArray(body.attendees)
					? (body.attendees as Array<Partial<Attendee>>)
					: Array.from({ length: num(body.attendees) ?? 0 }, () => ({}));
				const s = this.addSession(id, {
					start_date: date(body.start_date),
					end_date: date(body.end_date),
					attendees,
				});
				return { status: 'OK', id: s.id, room_id: id };
			}
			case 'POST /registrations': {
				const id = roomId();
				const r = this.addRegistration(id, {
					email: body.email as string | undefined,
					firstname: body.firstname as string | undefined,
					lastname: body.lastname as string | undefined,
					session_id: num(body.session_id),
					registration_date: body.registration_date as string | number | undefined,
				});
				return { status: 'OK', id: r.id, session_id: r.session_id };
			}
			case 'POST /attendance': {
				const out = this.seedAttendance({
					room_id: num(body.room_id),
					start: date(body.start),
					sessions: num(body.sessions),
				});
				return {
					status: 'OK',
					room_id: out.room.id,
					sessions: out.sessions.map((s) => s.id),
					registrations: out.registrations,
				};
			}
			case 'POST /rooms-over-time': {
				const rooms = this.seedRoomsOverTime({
					count: num(body.count) ?? 1,
					from: date(body.from),
					step: num(body.step),
					startsInMinutes: num(body.starts_in_minutes),
					startStep: num(body.start_step),
				});
				return { status: 'OK', ids: rooms.map((r) => r.id) };
			}
			case 'POST /attendees': {
				const sessionId = Number(body.session_id);
				if (!this.state.sessions.has(sessionId))
					throw new ApiError(404, [
						{ name: 'session_id', message: `Session ${String(body.session_id)} not found.` },
					]);
				const { session_id: _s, start_date, end_date, ...rest } = body;
				void _s;
				const a = this.addAttendee(sessionId, {
					...(rest as Partial<Attendee>),
					start_date: date(start_date),
					end_date: date(end_date),
				});
				return { status: 'OK', uid: a.uid };
			}
			case 'POST /recordings': {
				const rec = this.state.addRecording(roomId(), {
					recorder_started: date(body.recorder_started),
					recording_duration: num(body.recording_duration),
				});
				return { status: 'OK', id: rec.id, recording_url: rec.recording_url };
			}
			case 'POST /pdf-failure':
				this.forcePdfFailure(
					Number(body.room_id),
					Number(body.session_id),
					String(body.lang ?? 'en'),
				);
				return { status: 'OK' };
			default:
				return undefined;
		}
	}
}

export async function startSimulator(options?: SimulatorOptions): Promise<ClickMeetingSimulator> {
	const sim = new ClickMeetingSimulator(options);
	await sim.listen();
	return sim;
}
