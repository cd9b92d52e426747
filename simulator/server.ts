/**
 * ClickMeeting API simulator: a real HTTP server on loopback that answers the /v1 endpoints of the
 * API reference (`routes/`), keeps state (`state.ts`), records requests, injects faults on demand
 * (`faults.ts`), can enforce a rate limit (`rateLimit.ts`) and has a control API (`control.ts`).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseUrlEncoded } from './body';
import { handleControl } from './control';
import { ApiError } from './errors';
import { RATE_LIMITED, answerFault } from './faults';
import { SimulatorHost, SimulatorOptions } from './host';
import {
	RecordedRequest,
	headersOf,
	keyMatches,
	parseBody,
	readBody,
	sendError,
	sendJson,
} from './http';
import { Answer, ApiHost, Ctx, match, pdfFileRoute, resolve } from './routes';

export type { Fault, FaultMatch } from './faults';
export type { RecordedRequest } from './http';
export type { SimulatorOptions } from './host';

const FORMAT_RE = /^(.*)\.(json|xml|js|jsonp|printr)$/i;
/** The official clients append the format after the query string: `conferences/inactive?page=1.json`. */
const QUERY_FORMAT_RE = /^(\?.*)\.(json|xml|js|jsonp|printr)$/i;

// unref: a pending delay (latency fault) never keeps a test process alive after close().
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

export class ClickMeetingSimulator extends SimulatorHost implements ApiHost {
	private readonly server: http.Server;
	private _origin = '';

	constructor(options: SimulatorOptions = {}) {
		super(options);
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((e: unknown) => {
				const message = String((e as Error)?.message ?? e);
				if (!res.headersSent) sendError(res, 500, [{ name: 'server', message }]);
				else res.destroy();
			});
		});
		this.server.keepAliveTimeout = 5000;
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

	// ------------------------------------------------------------ request handling

	private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const pathname = url.pathname;
		if (pathname.startsWith('/__control/')) return handleControl(this, req, res, pathname);
		const pdf = req.method === 'GET' ? match(pdfFileRoute, pathname) : undefined;
		if (pdf) {
			this.answer(res, () => pdfFileRoute.handler(this.context(req, pdf)));
			return;
		}
		if (pathname === '/v1' || pathname.startsWith('/v1/')) return this.api(req, res, url);
		await readBody(req).catch(() => Buffer.alloc(0));
		const message = `No endpoint ${req.method} ${pathname}; the API lives under /v1.`;
		sendError(res, 404, [{ name: 'path', message }]);
	}

	private async api(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
		const method = (req.method ?? 'GET').toUpperCase();
		let path = url.pathname.slice(3) || '/';
		if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
		let search = url.search;
		const queryFormat = QUERY_FORMAT_RE.exec(search);
		if (queryFormat) search = queryFormat[1];
		const query: Record<string, string> = Object.fromEntries(new URLSearchParams(search));
		const headers = headersOf(req);
		const record: RecordedRequest = { method, path, query, body: undefined, headers, status: 0 };
		this.requests.push(record);

		let raw: Buffer;
		try {
			raw = await readBody(req);
		} catch (e) {
			record.status = e instanceof ApiError ? e.status : 400;
			if (!res.headersSent && !req.destroyed)
				sendError(res, record.status, (e as ApiError).errors ?? []);
			return;
		}
		const parsed = parseBody(raw, String(req.headers['content-type'] ?? ''));
		record.body = parsed.recorded;

		const fault = this.faults.take(method, path);
		const wait = this.options.latencyMs + (fault?.type === 'latency' ? fault.ms : 0);
		if (wait > 0) await delay(wait);
		const late =
			(fault?.type === 'status' || fault?.type === 'drop') && fault.afterProcessing === true;
		if (fault && !late && answerFault(fault, record, req, res)) return;

		const answered = this.answer(
			res,
			() => {
				this.checkKey(req);
				const format = FORMAT_RE.exec(path)?.[2] ?? queryFormat?.[2];
				if (format !== undefined && format.toLowerCase() !== 'json') {
					const message = `The .${format} format is not supported by this simulator: only JSON (no suffix or .json) is.`;
					throw new ApiError(415, [{ name: 'format', message }]);
				}
				if (parsed.error) throw parsed.error;
				const { handler, params } = resolve(method, FORMAT_RE.exec(path)?.[1] ?? path);
				// parameters may also come in the query string of a POST/PUT (the body wins on a clash)
				const body =
					method === 'GET' || search.length <= 1
						? parsed.params
						: { ...parseUrlEncoded(search.slice(1)), ...parsed.params };
				return handler({ ...this.context(req, params), method, query, body, files: parsed.files });
			},
			fault && late ? () => answerFault(fault, record, req, res) : undefined,
		);
		if (answered !== undefined) record.status = answered;
	}

	/** 401 for a missing or wrong key; 429 when the key's rate-limit bucket is empty. */
	private checkKey(req: http.IncomingMessage): void {
		const header = req.headers['x-api-key'];
		const key = Array.isArray(header) ? header[0] : header;
		const accepted = [this.apiKey, ...this.options.extraApiKeys].some((k) => keyMatches(key, k));
		if (!accepted) {
			const message = key
				? 'Invalid API key.'
				: 'Missing API key: send it in the X-Api-Key header.';
			throw new ApiError(401, [{ name: 'X-Api-Key', message }]);
		}
		const retryAfter = this.limiter.take(key as string, this.options.rateLimit);
		if (retryAfter !== undefined)
			throw new ApiError(429, [RATE_LIMITED], { 'retry-after': String(retryAfter) });
	}

	private context(req: http.IncomingMessage, params: Record<string, string>): Ctx {
		const host = req.headers.host;
		const origin = host && /^[A-Za-z0-9.\-[\]:]+$/.test(host) ? `http://${host}` : this._origin;
		const base = { method: 'GET', query: {}, body: {}, files: [] };
		return { ...base, params, origin, apiBase: `${origin}/v1`, host: this };
	}

	/**
	 * Runs a handler and sends its answer, or its ApiError in the error body; `instead` may answer in
	 * its place once the handler has run (a fault after processing; it records its own status).
	 * Returns the status sent, undefined when `instead` answered.
	 */
	private answer(
		res: http.ServerResponse,
		run: () => Answer,
		instead?: () => boolean,
	): number | undefined {
		let answer: Answer;
		try {
			answer = run();
		} catch (e) {
			if (!(e instanceof ApiError)) throw e;
			const stringCode = this.options.stringErrorCodes;
			sendError(res, e.status, e.errors, { stringCode, headers: e.headers });
			return e.status;
		}
		if (instead?.()) return undefined;
		const status = answer.status ?? 200;
		if (answer.raw) {
			res.writeHead(status, {
				'content-length': String(answer.raw.length),
				...(answer.headers ?? {}),
			});
			res.end(answer.raw);
		} else sendJson(res, status, answer.json, answer.headers);
		return status;
	}
}

export async function startSimulator(options?: SimulatorOptions): Promise<ClickMeetingSimulator> {
	const sim = new ClickMeetingSimulator(options);
	await sim.listen();
	return sim;
}
