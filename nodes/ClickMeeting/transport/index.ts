import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { MultipartFile } from './encode';
import { toFormUrlEncoded, toMultipart } from './encode';
import { redact, toApiError, toNetworkError } from './errors';
import type { RequestSettings } from './settings';
import { settingsFor } from './settings';

export type ClickMeetingContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export const CREDENTIAL_NAME = 'clickMeetingApi';
export const PAGE_SIZE = 250;

export type { RequestSettings } from './settings';
export { DEFAULT_SETTINGS } from './settings';

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, built with `path` so IDs are encoded: '/conferences/12'. */
	endpoint: string;
	/** Sent as application/x-www-form-urlencoded with bracket-nested keys. */
	body?: IDataObject;
	qs?: IDataObject;
	/** Sent as multipart/form-data instead of `body`. */
	file?: MultipartFile;
	itemIndex?: number;
	settings?: Partial<RequestSettings>;
}

export interface BinaryResponse {
	data: Buffer;
	headers: Record<string, string>;
}

/** Builds an endpoint path, URI-encoding every interpolated value. */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	return strings.reduce(
		(out, part, index) =>
			out + part + (index < values.length ? encodeURIComponent(String(values[index])) : ''),
		'',
	);
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const NEVER_PROCESSED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

function isIdempotent(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'PUT' || method === 'DELETE' || method === 'HEAD';
}

/** Milliseconds to wait as a Retry-After header says (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** Exponential backoff with full jitter between half and all of the step. */
export function backoffMs(attempt: number, maxWaitMs: number): number {
	const step = Math.min(maxWaitMs, 500 * 2 ** (attempt - 1));
	return Math.round(step / 2 + (Math.random() * step) / 2);
}

function errorCode(error: unknown): string {
	const candidates = [
		(error as { cause?: { code?: unknown } })?.cause?.code,
		(error as { code?: unknown })?.code,
	];
	for (const code of candidates) if (typeof code === 'string' && code) return code;
	const message = String((error as Error)?.message ?? '');
	if (/timeout/i.test(message)) return 'ECONNABORTED';
	if (/socket hang up/i.test(message)) return 'ECONNRESET';
	return '';
}

function headerMap(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
			if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
		}
	}
	return out;
}

async function waitFor(ctx: ClickMeetingContext, ms: number): Promise<void> {
	const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
	let left = ms;
	while (left > 0) {
		if (signal?.aborted) return;
		const slice = Math.min(left, 250);
		await sleep(slice);
		left -= slice;
	}
}

/**
 * A rate-limit pause shared by every request of one node execution: when one request is told
 * to wait (429), the others in flight (Parallel Requests) wait too instead of hammering on.
 * Keyed by the execution's context object, so nothing is shared between executions.
 */
const pauses = new WeakMap<object, number>();

async function waitForPause(ctx: ClickMeetingContext): Promise<void> {
	const until = pauses.get(ctx);
	if (until !== undefined && until > Date.now()) await waitFor(ctx, until - Date.now());
}

function pause(ctx: ClickMeetingContext, ms: number): void {
	const until = Date.now() + ms;
	if ((pauses.get(ctx) ?? 0) < until) pauses.set(ctx, until);
}

/**
 * The credential, read once per node execution (n8n decrypts it on every read) and handed to
 * n8n's request helper so that it does not read it again. Poll and load-options contexts live
 * longer than one run, so they read it each time and see an edited credential at once.
 */
const credentialsByExecution = new WeakMap<object, ICredentialDataDecryptedObject>();

async function credentialsOf(ctx: ClickMeetingContext): Promise<ICredentialDataDecryptedObject> {
	if (!('getInputData' in ctx)) return await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	const cached = credentialsByExecution.get(ctx);
	if (cached) return cached;
	const credentials = await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME);
	credentialsByExecution.set(ctx, credentials);
	return credentials;
}

async function send(
	ctx: ClickMeetingContext,
	request: ApiRequest,
	encoding: 'text' | 'arraybuffer',
): Promise<{ status: number; body: unknown; headers: Record<string, string> }> {
	const credentials = await credentialsOf(ctx);
	const apiKey = typeof credentials.apiKey === 'string' ? credentials.apiKey : undefined;
	const baseUrl = String(credentials.baseUrl || 'https://api.clickmeeting.com/v1').replace(/\/+$/, '');
	const settings = settingsFor(ctx, request.itemIndex, request.settings);
	const node = ctx.getNode();

	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrl}${request.endpoint}`,
		qs: request.qs,
		headers: { Accept: 'application/json' },
		encoding,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: settings.timeoutMs,
	};
	if (request.file) {
		const boundary = `----n8nClickMeeting${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
		const multipart = toMultipart(request.file, boundary);
		options.body = multipart.body;
		options.headers = { ...options.headers, 'Content-Type': multipart.contentType };
	} else if (request.body && request.method !== 'GET') {
		options.body = toFormUrlEncoded(request.body);
		options.headers = { ...options.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
	}

	// Set once an attempt may have been carried out without us hearing the answer.
	let maybeDone = false;
	for (let attempt = 1; ; attempt++) {
		let response: { statusCode: number; body: unknown; headers: unknown };
		await waitForPause(ctx);
		try {
			response = (await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
				CREDENTIAL_NAME,
				options,
				{ credentialsDecrypted: { id: '', name: '', type: CREDENTIAL_NAME, data: credentials } },
			)) as { statusCode: number; body: unknown; headers: unknown };
		} catch (error) {
			let code = errorCode(error);
			const retryable =
				NEVER_PROCESSED_CODES.has(code) || (isIdempotent(request.method) && TRANSIENT_CODES.has(code));
			const cancelled = 'getExecutionCancelSignal' in ctx && ctx.getExecutionCancelSignal()?.aborted;
			if (cancelled) code = 'ERR_CANCELED';
			if (retryable && !cancelled && attempt < settings.maxAttempts) {
				if (!NEVER_PROCESSED_CODES.has(code)) maybeDone = true;
				await waitFor(ctx, backoffMs(attempt, settings.maxWaitMs));
				continue;
			}
			throw toNetworkError(node, {
				code,
				detail: String((error as Error)?.message ?? error),
				method: request.method,
				endpoint: request.endpoint,
				apiKey,
				itemIndex: request.itemIndex,
				attempts: attempt,
			});
		}

		const headers = headerMap(response.headers);
		const status = response.statusCode;
		if (status >= 200 && status < 300) return { status, body: response.body, headers };
		// A retried DELETE whose earlier attempt may have gone through: already gone is done.
		if (status === 404 && request.method === 'DELETE' && maybeDone) return { status, body: '', headers };

		const retryable = status === 429 || (isIdempotent(request.method) && RETRYABLE_STATUS.has(status));
		if (retryable && attempt < settings.maxAttempts) {
			const asked = status === 429 ? parseRetryAfter(headers['retry-after']) : undefined;
			const wait = Math.min(asked ?? backoffMs(attempt, settings.maxWaitMs), settings.maxWaitMs);
			if (status === 429) pause(ctx, wait);
			else maybeDone = true;
			await waitFor(ctx, wait);
			continue;
		}
		throw toApiError(node, {
			status,
			body: parseMaybeJson(response.body),
			method: request.method,
			endpoint: request.endpoint,
			apiKey,
			itemIndex: request.itemIndex,
			attempts: attempt,
		});
	}
}

function parseMaybeJson(body: unknown): unknown {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return text;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * The one request function: authentication, encoding, retries and error mapping for every
 * ClickMeeting endpoint. Returns the parsed JSON answer.
 */
export async function apiRequest<T = unknown>(this: ClickMeetingContext, request: ApiRequest): Promise<T> {
	const { body } = await send(this, request, 'text');
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return text as T;
	if (text.trim() === '') return {} as T;
	try {
		return JSON.parse(text) as T;
	} catch {
		const credentials = await credentialsOf(this);
		throw new NodeApiError(
			this.getNode(),
			{ message: redact(text.slice(0, 200), String(credentials.apiKey ?? '')) },
			{
				message: `ClickMeeting answered ${request.method} ${request.endpoint} with malformed JSON`,
				description:
					'The API sent something that is not JSON. Check the Base URL in the credential; if it is right, try again later.',
				itemIndex: request.itemIndex,
			},
		);
	}
}

/** Same as apiRequest, for endpoints that answer with a file: returns the raw bytes and headers. */
export async function apiRequestBinary(
	this: ClickMeetingContext,
	request: ApiRequest,
): Promise<BinaryResponse> {
	const { body, headers } = await send(this, request, 'arraybuffer');
	const data = Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer);
	return { data, headers };
}

/** The most pages one list is read to: 400 pages of 250 = 100,000 entries, far above any real account. */
export const PAGE_CAP = 400;

export interface PagingOptions {
	/**
	 * What a repeated page means: `'error'` (default) fails with a NodeApiError that the API
	 * repeats pages / ignores `page`; `'stop'` ends the list with the unique entries read so far
	 * (for endpoints whose paging is not documented).
	 */
	onRepeat?: 'error' | 'stop';
}

function entryKey(entry: unknown): string | undefined {
	if (!entry || typeof entry !== 'object') return undefined;
	const id = (entry as IDataObject).id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Reads a paged list (`page=1..n`, 250 a page). Stops at a short page, so only a last page
 * that is exactly full costs one more (empty) request, and stops as soon as `limit` is met.
 * Ends by itself: a page identical to the previous one, or whose entries were all read
 * before, means the API ignores `page` (see `PagingOptions.onRepeat`); more than `PAGE_CAP`
 * pages is an error.
 */
export async function apiRequestAllPages(
	this: ClickMeetingContext,
	request: Omit<ApiRequest, 'method'>,
	limit?: number,
	options: PagingOptions = {},
): Promise<IDataObject[]> {
	const onRepeat = options.onRepeat ?? 'error';
	const results: IDataObject[] = [];
	const seen = new Set<string>();
	let previous: string | undefined;
	for (let page = 1; ; page++) {
		if (page > PAGE_CAP) {
			throw new NodeApiError(
				this.getNode(),
				{ message: `more than ${PAGE_CAP} pages` },
				{
					message: `ClickMeeting GET ${request.endpoint} returned more than ${PAGE_CAP} full pages (${PAGE_CAP * PAGE_SIZE} entries): stopped`,
					description: 'No real account has that many. The API probably ignores the page parameter; use a Limit instead of Return All.',
					itemIndex: request.itemIndex,
				},
			);
		}
		const answer = await apiRequest.call(this, {
			...request,
			method: 'GET',
			qs: { ...request.qs, page },
		});
		const items = Array.isArray(answer) ? (answer as IDataObject[]) : [];
		const fingerprint = JSON.stringify(items);
		const keys = items.map(entryKey);
		const allSeen =
			items.length > 0 && keys.every((key) => key !== undefined && seen.has(key));
		if (page > 1 && items.length > 0 && (fingerprint === previous || allSeen)) {
			if (onRepeat === 'stop') return limit !== undefined ? results.slice(0, limit) : results;
			throw new NodeApiError(
				this.getNode(),
				{ message: `page ${page} repeats entries already read` },
				{
					message: `ClickMeeting GET ${request.endpoint} repeated a page: page ${page} holds only entries already read, so the API ignores \`page\``,
					description: `Stopped after ${page} requests instead of reading the same entries forever. Use a Limit instead of Return All, or try again later.`,
					itemIndex: request.itemIndex,
				},
			);
		}
		previous = fingerprint;
		items.forEach((item, index) => {
			const key = keys[index];
			if (key === undefined) {
				results.push(item);
			} else if (!seen.has(key)) {
				seen.add(key);
				results.push(item);
			}
		});
		if (limit !== undefined && results.length >= limit) return results.slice(0, limit);
		if (items.length < PAGE_SIZE) return results;
	}
}
