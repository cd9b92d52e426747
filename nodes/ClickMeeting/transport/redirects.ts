import type { IHttpRequestOptions, INode, NodeApiError } from 'n8n-workflow';

import type { BodyStream, Deadline, RawResponse } from './attempt';
import { discard, exchange } from './attempt';
import type { ClickMeetingContext } from './context';
import type { ResolvedCredentials } from './credentials';
import { redact, transportError } from './errors';
import type { ApiRequest } from './request';

/** Same-origin redirects a GET follows (and, for a download, hops to its file host). */
const MAX_REDIRECTS = 5;

/** Errors the transport made itself (a redirect refused): thrown as they are, never retried. */
const ours = new WeakSet<object>();

/** Whether the transport made this error itself (a refused redirect). */
export function isOwnError(error: unknown): boolean {
	return typeof error === 'object' && error !== null && ours.has(error);
}

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
	const error = transportError(
		node,
		request.itemIndex,
		message,
		'The API key is sent only to the Base URL’s origin, and a write is never sent twice or turned into a read. Check the Base URL in the ClickMeeting API credential (https, the right host).',
		{ message, httpCode: String(status) },
		String(status),
	);
	ours.add(error);
	return error;
}

/**
 * One attempt, following redirects as the rules allow: a GET follows a redirect on the API's
 * origin (with the key); a download also one to another origin, without the key; anything
 * else (a write, or the key leaving the origin) is an error naming the status and Location.
 */
export async function exchangeFollowing(
	ctx: ClickMeetingContext,
	credentials: ResolvedCredentials,
	request: ApiRequest,
	options: IHttpRequestOptions,
	deadline: Deadline,
	download: boolean,
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
		if (!sameOrigin && !download) {
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
