import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INode,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { BodyStream, RawResponse } from './attempt';
import { Deadline, discard, exchange, MAX_JSON_BYTES, readBody, TooLargeError } from './attempt';
import type { ClickMeetingContext } from './context';
import { cancelSignalOf } from './context';
import type { ResolvedCredentials } from './credentials';
import { credentialsOf } from './credentials';
import type { MultipartFile } from './encode';
import { toFormUrlEncoded, toMultipart } from './encode';
import { redact, toApiError, toNetworkError } from './errors';
import type { RequestSettings } from './settings';
import { settingsFor } from './settings';
import { checkAnswer } from './shape';
import type { Expect } from './shape';

export type { ClickMeetingContext } from './context';
export { CREDENTIAL_NAME } from './credentials';
export { MAX_JSON_BYTES } from './attempt';
export type { Expect } from './shape';
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
	/**
	 * What the endpoint promises: 'object' (a non-empty JSON object), 'list' (an array of
	 * objects), 'any'. GET defaults to 'object-or-list' (any non-empty JSON that is not
	 * ClickMeeting's error shape); other methods to 'any'.
	 */
	expect?: Expect;
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
const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
/** Same-origin redirects a GET follows (and, for a download, hops to its file host). */
const MAX_REDIRECTS = 5;

function isIdempotent(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'PUT' || method === 'DELETE' || method === 'HEAD';
}

/**
 * Milliseconds to wait as a Retry-After header says (seconds or an HTTP date); undefined when
 * it is missing, garbage, zero, negative or in the past (the normal backoff applies then).
 */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) {
		const ms = Math.round(Number(text) * 1000);
		return ms > 0 ? ms : undefined;
	}
	// An HTTP date names a weekday or a month; '-5' or '3x' are garbage, not dates.
	if (!/[a-z]{3}/i.test(text)) return undefined;
	const date = Date.parse(text);
	if (Number.isNaN(date) || date <= now) return undefined;
	return date - now;
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

async function waitFor(ctx: ClickMeetingContext, ms: number): Promise<void> {
	const signal = cancelSignalOf(ctx);
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

/** A download's answer, handed to `consume` while the attempt's deadline still runs. */
export interface DownloadResponse {
	body: BodyStream;
	headers: Record<string, string>;
	/** The URL the file came from (after redirects). */
	url: string;
}

interface SendOptions {
	/** An absolute URL instead of `baseUrl + endpoint` (a PDF report's link). */
	url?: string;
	/** A download: a GET whose redirect to another origin is followed without the key. */
	download?: (response: DownloadResponse) => Promise<unknown>;
}

/** Errors the transport made itself (a redirect refused): thrown as they are, never retried. */
const ours = new WeakSet<object>();

function redirectError(
	node: INode,
	request: ApiRequest,
	status: number,
	location: string,
	why: string,
	secrets: string[],
): NodeApiError {
	const message = redact(
		`ClickMeeting ${request.method} ${request.endpoint} answered HTTP ${status} with a redirect to ${location || '(no Location)'}: ${why}`,
		secrets,
	);
	const error = new NodeApiError(
		node,
		{ message, httpCode: String(status) },
		{
			message,
			description:
				'The API key is sent only to the Base URL’s origin, and a write is never sent twice or turned into a read. Check the Base URL in the ClickMeeting API credential (https, the right host).',
			httpCode: String(status),
			itemIndex: request.itemIndex,
		},
	);
	error.message = message;
	error.context.itemIndex = request.itemIndex;
	ours.add(error);
	return error;
}

function tooLargeError(node: INode, request: ApiRequest, limit: number): NodeApiError {
	const message = `ClickMeeting ${request.method} ${request.endpoint}: the answer is too large (over ${Math.round(limit / 1024 / 1024)} MiB), not read`;
	const error = new NodeApiError(
		node,
		{ message },
		{
			message,
			description:
				'No ClickMeeting answer is that large. Check the Base URL in the credential; for long lists use a Limit.',
			itemIndex: request.itemIndex,
		},
	);
	error.message = message;
	error.context.itemIndex = request.itemIndex;
	return error;
}

/**
 * One request with the credential: redirects, deadline, size cap, retries and error mapping.
 * Returns the body read into memory (JSON answers) or the value of `download`.
 */
async function send(
	ctx: ClickMeetingContext,
	request: ApiRequest,
	sendOptions: SendOptions = {},
): Promise<{ status: number; body: Buffer | unknown; headers: Record<string, string> }> {
	const credentials = await credentialsOf(ctx);
	const { secrets } = credentials;
	const settings = settingsFor(ctx, request.itemIndex, request.settings);
	const node = ctx.getNode();
	const firstUrl = sendOptions.url ?? `${credentials.baseUrl}${request.endpoint}`;

	const options: IHttpRequestOptions = {
		method: request.method,
		url: firstUrl,
		qs: request.qs,
		headers: { Accept: 'application/json' },
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
		await waitForPause(ctx);
		const deadline = new Deadline(ctx, settings.timeoutMs);
		let response: RawResponse;
		let result: unknown;
		try {
			response = await exchangeFollowing(ctx, credentials, request, options, deadline, sendOptions);
			const ok = response.status >= 200 && response.status < 300;
			if (ok && sendOptions.download) {
				result = await sendOptions.download({
					body: response.body,
					headers: response.headers,
					url: String(options.url),
				});
			} else {
				result = await readBody(response.body, MAX_JSON_BYTES, deadline);
			}
		} catch (error) {
			const reason = deadline.reason;
			deadline.finish();
			if (ours.has(error as object) && !reason)
				throw new NodeApiError(node, error as unknown as JsonObject);
			if (reason === 'tooLarge' || error instanceof TooLargeError)
				throw tooLargeError(node, request, MAX_JSON_BYTES);
			let code = reason === 'deadline' ? 'ETIMEDOUT' : errorCode(error);
			const cancelled = reason === 'cancelled' || cancelSignalOf(ctx)?.aborted === true;
			if (cancelled) code = 'ERR_CANCELED';
			const retryable =
				NEVER_PROCESSED_CODES.has(code) ||
				(isIdempotent(request.method) && TRANSIENT_CODES.has(code));
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
				apiKey: secrets,
				itemIndex: request.itemIndex,
				attempts: attempt,
				timeoutMs: settings.timeoutMs,
			});
		}
		deadline.finish();

		const { status, headers } = response;
		if (status >= 200 && status < 300) return { status, body: result, headers };
		// A retried DELETE whose earlier attempt may have gone through: already gone is done.
		if (status === 404 && request.method === 'DELETE' && maybeDone)
			return { status, body: Buffer.alloc(0), headers };

		const retryable =
			status === 429 || (isIdempotent(request.method) && RETRYABLE_STATUS.has(status));
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
			body: parseMaybeJson(result as Buffer),
			method: request.method,
			endpoint: request.endpoint,
			apiKey: secrets,
			itemIndex: request.itemIndex,
			attempts: attempt,
		});
	}
}

/**
 * One attempt, following redirects as the rules allow: a GET follows a redirect on the API's
 * origin (with the key); a download also one to another origin, without the key; anything
 * else (a write, or the key leaving the origin) is an error naming the status and Location.
 */
async function exchangeFollowing(
	ctx: ClickMeetingContext,
	credentials: ResolvedCredentials,
	request: ApiRequest,
	options: IHttpRequestOptions,
	deadline: Deadline,
	sendOptions: SendOptions,
): Promise<RawResponse> {
	const node = ctx.getNode();
	let current = { ...options };
	let withKey = new URL(String(current.url)).origin === credentials.origin;
	for (let hop = 0; ; hop++) {
		const response = await exchange(ctx, credentials, current, deadline, withKey);
		if (response.status < 300 || response.status >= 400) return response;
		const location = response.headers.location ?? '';
		discard(response.body);
		if (!location) return { ...response, body: Buffer.alloc(0) as unknown as BodyStream };
		let target: URL;
		try {
			target = new URL(location, String(current.url));
		} catch {
			throw redirectError(
				node,
				request,
				response.status,
				location,
				'not a valid URL',
				credentials.secrets,
			);
		}
		if (request.method !== 'GET') {
			throw redirectError(
				node,
				request,
				response.status,
				target.href,
				'not followed: a write is never re-sent elsewhere or turned into a read, so nothing was done and nothing is retried',
				credentials.secrets,
			);
		}
		if (target.protocol !== 'https:' && target.protocol !== 'http:') {
			throw redirectError(
				node,
				request,
				response.status,
				target.href,
				'not followed (not an http(s) URL)',
				credentials.secrets,
			);
		}
		const sameOrigin = target.origin === credentials.origin;
		if (!sameOrigin && !sendOptions.download) {
			throw redirectError(
				node,
				request,
				response.status,
				target.href,
				`not followed: the API key is sent only to ${credentials.origin}`,
				credentials.secrets,
			);
		}
		if (hop + 1 >= MAX_REDIRECTS) {
			throw redirectError(
				node,
				request,
				response.status,
				target.href,
				`more than ${MAX_REDIRECTS} redirects`,
				credentials.secrets,
			);
		}
		withKey = sameOrigin;
		// The Location carries its own query; ours was for the first URL only.
		current = { ...current, url: target.href, qs: undefined };
	}
}

function parseMaybeJson(body: Buffer | undefined): unknown {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return text;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * The one request function: authentication, encoding, redirects, deadline, size cap, retries,
 * error mapping and a check that the answer has the shape the endpoint promises. Returns the
 * parsed JSON answer.
 */
export async function apiRequest<T = unknown>(
	this: ClickMeetingContext,
	request: ApiRequest,
): Promise<T> {
	const { body } = await send(this, request);
	const text = (body as Buffer).toString('utf8');
	const credentials = await credentialsOf(this);
	let parsed: unknown;
	if (text.trim() === '') {
		parsed = undefined;
	} else {
		try {
			parsed = JSON.parse(text);
		} catch {
			throw new NodeApiError(
				this.getNode(),
				{ message: redact(text.slice(0, 200), credentials.secrets) },
				{
					message: `ClickMeeting answered ${request.method} ${request.endpoint} with malformed JSON`,
					description:
						'The API sent something that is not JSON. Check the Base URL in the credential; if it is right, try again later.',
					itemIndex: request.itemIndex,
				},
			);
		}
	}
	return checkAnswer(this.getNode(), request, parsed, credentials.secrets) as T;
}

/**
 * A file download (GET) streamed into `consume` (e.g. n8n's prepareBinaryData) under the same
 * deadline, retries and redirect rules; a redirect to another origin (a signed CDN link) is
 * followed without the key. `url` downloads an absolute link instead of `endpoint`.
 */
export async function apiRequestDownload<T>(
	this: ClickMeetingContext,
	request: Omit<ApiRequest, 'method'> & { url?: string },
	consume: (response: DownloadResponse) => Promise<T>,
): Promise<T> {
	const { body } = await send(
		this,
		{ ...request, method: 'GET' },
		{ url: request.url, download: consume },
	);
	return body as T;
}

export { apiRequestAllPages, PAGE_CAP } from './paging';
export type { PagingOptions } from './paging';
