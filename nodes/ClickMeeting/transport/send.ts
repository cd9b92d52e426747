import type { INode, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { BodyStream, RawResponse } from './attempt';
import { Deadline, MAX_JSON_BYTES, readBody, TooLargeError } from './attempt';
import type { ClickMeetingContext } from './context';
import { cancelSignalOf } from './context';
import { credentialsOf } from './credentials';
import { toFormUrlEncoded, toMultipart } from './encode';
import { toApiError, toNetworkError, transportError } from './errors';
import { NOT_JSON, readJson } from './json';
import { exchangeFollowing, isOwnError } from './redirects';
import type { ApiRequest } from './request';
import {
	backoffMs,
	errorCode,
	isIdempotent,
	NEVER_PROCESSED_CODES,
	parseRetryAfter,
	RETRYABLE_STATUS,
	TRANSIENT_CODES,
} from './retry';
import { limiterOf } from './limiter';
import { settingsFor } from './settings';
import { abortableSleep } from './sleep';

/** An error answer's body for the error message: its JSON, or its text when it is not JSON. */
function errorBody(body: unknown): unknown {
	const parsed = readJson(body);
	return parsed === NOT_JSON ? String(body) : parsed;
}

/** A download's answer, handed to `consume` while the attempt's deadline still runs. */
export interface DownloadResponse {
	body: BodyStream;
	headers: Record<string, string>;
	/** The URL the file came from (after redirects). */
	url: string;
}

export interface SendOptions {
	/** An absolute URL instead of `baseUrl + endpoint` (a PDF report's link). */
	url?: string;
	/** A download: a GET whose redirect to another origin is followed without the key. */
	download?: (response: DownloadResponse) => Promise<unknown>;
}

function tooLargeError(node: INode, request: ApiRequest, limit: number): NodeApiError {
	const message = `ClickMeeting ${request.method} ${request.endpoint}: the answer is too large (over ${Math.round(limit / 1024 / 1024)} MiB), not read`;
	return transportError(
		node,
		request.itemIndex,
		message,
		'No ClickMeeting answer is that large. Check the Base URL in the credential; for long lists use a Limit.',
	);
}

/**
 * One request with the credential: redirects, deadline, size cap, retries and error mapping.
 * Returns the body read into memory (JSON answers) or the value of `download`.
 */
export async function send(
	ctx: ClickMeetingContext,
	request: ApiRequest,
	sendOptions: SendOptions = {},
): Promise<{ status: number; body: Buffer | unknown; headers: Record<string, string> }> {
	const credentials = await credentialsOf(ctx);
	const { secrets } = credentials;
	const settings = settingsFor(ctx, request.itemIndex);
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
		// The execution's pace (a rate learned from 429s) and shared pause, see limiter.ts.
		await limiterOf(ctx).acquire(ctx);
		const deadline = new Deadline(ctx, settings.timeoutMs);
		let response: RawResponse;
		let result: unknown;
		try {
			response = await exchangeFollowing(
				ctx,
				credentials,
				request,
				options,
				deadline,
				sendOptions.download !== undefined,
			);
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
			if (isOwnError(error) && !reason)
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
				await abortableSleep(ctx, backoffMs(attempt, settings.maxWaitMs));
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
		if (status !== 429) limiterOf(ctx).answered();
		if (status >= 200 && status < 300) return { status, body: result, headers };
		// A retried DELETE whose earlier attempt may have gone through: already gone is done.
		if (status === 404 && request.method === 'DELETE' && maybeDone)
			return { status, body: Buffer.alloc(0), headers };

		const retryable =
			status === 429 || (isIdempotent(request.method) && RETRYABLE_STATUS.has(status));
		if (retryable && attempt < settings.maxAttempts) {
			const asked = status === 429 ? parseRetryAfter(headers['retry-after']) : undefined;
			const wait = Math.min(asked ?? backoffMs(attempt, settings.maxWaitMs), settings.maxWaitMs);
			if (status === 429) {
				await limiterOf(ctx).rateLimited(ctx, wait);
			} else {
				maybeDone = true;
				await abortableSleep(ctx, wait);
			}
			continue;
		}
		throw toApiError(node, {
			status,
			body: errorBody(result),
			method: request.method,
			endpoint: request.endpoint,
			apiKey: secrets,
			itemIndex: request.itemIndex,
			attempts: attempt,
		});
	}
}
