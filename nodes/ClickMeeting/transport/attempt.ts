import type { IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { ClickMeetingContext } from './context';
import { cancelSignalOf } from './context';
import { CREDENTIAL_NAME } from './credentials';
import type { ResolvedCredentials } from './credentials';

/** The largest JSON answer read: 64 MiB (a room in the reference’s full shape is ~1 KB of JSON: 10,000 rooms ≈ 10 MiB). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** The body of an answer as a stream (n8n's `encoding: 'stream'`). */
export interface BodyStream extends AsyncIterable<Buffer | string> {
	destroy(error?: Error): void;
	destroyed?: boolean;
}

export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: BodyStream;
}

/** Why an attempt was stopped by us: the deadline, the size cap, or the execution was cancelled. */
export type StopReason = 'deadline' | 'tooLarge' | 'cancelled';

/**
 * A deadline for one whole attempt (connect, headers and body): an AbortController aborted when
 * `ms` have passed, or when the execution is cancelled. The timer is a loop of n8n's `sleep`
 * in short slices, so it ends within 100 ms of `finish()`.
 */
export class Deadline {
	readonly controller = new AbortController();

	reason: StopReason | undefined;

	private finished = false;

	private readonly streams = new Set<BodyStream>();

	private readonly cancel?: AbortSignal;

	private readonly onCancel = () => this.stop('cancelled');

	constructor(
		ctx: ClickMeetingContext,
		readonly ms: number,
	) {
		this.cancel = cancelSignalOf(ctx);
		if (this.cancel?.aborted) this.stop('cancelled');
		else this.cancel?.addEventListener('abort', this.onCancel, { once: true });
		void this.arm(Date.now() + ms);
	}

	get signal(): AbortSignal {
		return this.controller.signal;
	}

	private async arm(end: number): Promise<void> {
		while (!this.finished) {
			const left = end - Date.now();
			if (left <= 0) {
				this.stop('deadline');
				return;
			}
			await sleep(Math.min(left, 100));
		}
	}

	/** A body stream to destroy when the attempt is stopped. */
	track(stream: BodyStream): void {
		this.streams.add(stream);
		if (this.reason) stream.destroy(new Error(`stopped: ${this.reason}`));
	}

	stop(reason: StopReason): void {
		if (this.reason || this.finished) return;
		this.reason = reason;
		this.controller.abort();
		for (const stream of this.streams)
			if (!stream.destroyed) stream.destroy(new Error(`stopped: ${reason}`));
	}

	finish(): void {
		this.finished = true;
		this.cancel?.removeEventListener('abort', this.onCancel);
		for (const stream of this.streams) if (!stream.destroyed) stream.destroy();
	}
}

function headerMap(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
			if (value !== undefined)
				out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
		}
	}
	return out;
}

/**
 * One HTTP exchange, redirects never followed by n8n (the caller decides), under `deadline`.
 * With `withKey` the credential's key is added by n8n's request helper; without it the plain
 * request helper is used (a download's cross-origin link gets no key).
 */
export async function exchange(
	ctx: ClickMeetingContext,
	credentials: ResolvedCredentials,
	options: IHttpRequestOptions,
	deadline: Deadline,
	withKey: boolean,
): Promise<RawResponse> {
	const request: IHttpRequestOptions = {
		...options,
		encoding: 'stream',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
		abortSignal: deadline.signal,
	};
	// n8n's helper replaces `abortSignal` with the execution's cancel signal: hand it a view
	// of the context whose cancel signal is the attempt's (which the real one also aborts).
	const self =
		'getExecutionCancelSignal' in ctx
			? Object.assign(Object.create(ctx) as ClickMeetingContext, {
					getExecutionCancelSignal: () => deadline.signal,
				})
			: ctx;
	const response = (
		withKey
			? await ctx.helpers.httpRequestWithAuthentication.call(self, CREDENTIAL_NAME, request, {
					credentialsDecrypted: { id: '', name: '', type: CREDENTIAL_NAME, data: credentials.data },
				})
			: await ctx.helpers.httpRequest.call(self, request)
	) as { statusCode: number; body: unknown; headers: unknown };
	const body = response.body as BodyStream;
	if (body && typeof body.destroy === 'function') deadline.track(body);
	return { status: response.statusCode, headers: headerMap(response.headers), body };
}

/** Thrown when an answer is larger than the cap. */
export class TooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`answer larger than ${limit} bytes`);
	}
}

/** Reads a body into memory, at most `limit` bytes (then the stream is destroyed). */
export async function readBody(body: unknown, limit: number, deadline: Deadline): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (!body || typeof (body as BodyStream)[Symbol.asyncIterator] !== 'function')
		return Buffer.alloc(0);
	const stream = body as BodyStream;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
		size += buffer.length;
		if (size > limit) {
			deadline.stop('tooLarge');
			throw new TooLargeError(limit);
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks);
}

/** Discards a body that is not needed (a redirect's), without reading it. */
export function discard(body: unknown): void {
	const stream = body as BodyStream | undefined;
	if (stream && typeof stream.destroy === 'function' && !stream.destroyed) stream.destroy();
}
