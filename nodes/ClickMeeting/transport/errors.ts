import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

interface ClickMeetingErrorBody {
	code?: number;
	name?: string;
	message?: string;
	errors?: Array<{ name?: string; message?: string }> | Record<string, unknown>;
}

const HINTS: Record<number, string> = {
	400: 'ClickMeeting could not read the request. Check the values of the fields named above.',
	401: 'Check the API key in the ClickMeeting API credential (ClickMeeting → Account Settings → API).',
	403: 'This API key may not do this. Check your ClickMeeting plan and the key’s permissions.',
	404: 'The room, session, file or recording does not exist or was deleted. Check the ID, or pick it from the list.',
	415: 'Only JSON answers are supported. Remove any .xml suffix from the path.',
	422: 'Correct the field named above and run the node again.',
	429: 'ClickMeeting is rate limiting this API key. Wait a while, or lower how many items run at once.',
};

/**
 * A NodeApiError the transport makes itself (a refused redirect, an answer too large or of the
 * wrong shape): `message` kept as written (n8n swaps messages that name a Node.js error code),
 * `description` saying what to do, the item's index in its context; `detail` becomes its cause.
 */
export function transportError(
	node: INode,
	itemIndex: number | undefined,
	message: string,
	description: string,
	detail: JsonObject = { message },
	httpCode?: string,
): NodeApiError {
	const error = new NodeApiError(node, detail, {
		message,
		description,
		itemIndex,
		...(httpCode ? { httpCode } : {}),
	});
	error.message = message;
	error.context.itemIndex = itemIndex;
	return error;
}

function hintFor(status: number): string {
	if (HINTS[status]) return HINTS[status];
	if (status >= 500)
		return 'ClickMeeting had a server error. Try again later; if it persists, contact ClickMeeting support.';
	return 'See the API’s answer above.';
}

function detailText(body: ClickMeetingErrorBody | string | undefined): string {
	if (body === undefined || body === null || body === '') return '';
	if (typeof body === 'string') return body.slice(0, 300);
	const parts: string[] = [];
	if (Array.isArray(body.errors)) {
		for (const entry of body.errors) {
			if (entry?.message)
				parts.push(entry.name ? `${entry.name}: ${entry.message}` : entry.message);
		}
	} else if (body.errors && typeof body.errors === 'object') {
		for (const [field, message] of Object.entries(body.errors))
			parts.push(`${field}: ${String(message)}`);
	}
	if (!parts.length && body.message) parts.push(body.message);
	if (!parts.length && body.name) parts.push(body.name);
	return parts.join('; ');
}

/** Removes every occurrence of a secret (or of each form of it, longest first) from a text. */
export function redact(text: string, secret: string | string[] | undefined): string {
	const forms = (Array.isArray(secret) ? secret : [secret])
		.filter((form): form is string => typeof form === 'string' && form.length >= 4)
		.sort((a, b) => b.length - a.length);
	let out = text;
	for (const form of forms) out = out.split(form).join('***');
	return out;
}

export interface ApiErrorInput {
	status: number;
	body: unknown;
	method: string;
	endpoint: string;
	apiKey: string | string[] | undefined;
	itemIndex?: number;
	attempts?: number;
}

/** Turns a ClickMeeting error answer into a NodeApiError that says what failed and what to do. */
export function toApiError(node: INode, input: ApiErrorInput): NodeApiError {
	const body = input.body as ClickMeetingErrorBody | string | undefined;
	const detail = redact(detailText(body), input.apiKey);
	let message = `ClickMeeting ${input.method} ${input.endpoint} failed with HTTP ${input.status}`;
	if (detail) message += `: ${detail}`;
	if (input.attempts && input.attempts > 1) message += ` (after ${input.attempts} attempts)`;
	let description = hintFor(input.status);
	if (input.status === 429 && input.attempts)
		description += ` Retried ${input.attempts - 1} times.`;
	const safeBody: JsonObject =
		typeof body === 'object' && body !== null
			? (JSON.parse(redact(JSON.stringify(body), input.apiKey)) as JsonObject)
			: { message: detail };
	const error = new NodeApiError(node, safeBody, {
		message,
		description,
		httpCode: String(input.status),
		itemIndex: input.itemIndex,
	});
	// n8n swaps a message that mentions a Node.js error code for a generic one: keep ours.
	error.message = message;
	error.context.itemIndex = input.itemIndex;
	return error;
}

/** A request that never got an HTTP answer (refused, reset, timed out). */
export function toNetworkError(
	node: INode,
	input: {
		code: string;
		detail: string;
		method: string;
		endpoint: string;
		apiKey: string | string[] | undefined;
		itemIndex?: number;
		attempts: number;
		timeoutMs?: number;
	},
): NodeApiError {
	const what =
		input.code === 'ERR_CANCELED'
			? 'was stopped: the execution was cancelled'
			: input.code === 'ECONNABORTED' || input.code === 'ETIMEDOUT'
				? 'timed out'
				: `could not reach ClickMeeting (${input.code || 'network error'})`;
	const message = redact(
		`ClickMeeting ${input.method} ${input.endpoint} ${what}${input.attempts > 1 ? ` after ${input.attempts} attempts` : ''}`,
		input.apiKey,
	);
	const error = new NodeApiError(
		node,
		{ message: redact(input.detail, input.apiKey), networkError: input.code },
		{
			message,
			description:
				input.code === 'ETIMEDOUT' && input.timeoutMs
					? `No complete answer (headers and body) within the Timeout of ${input.timeoutMs / 1000} s, a deadline for each attempt. Raise Request Options → Timeout for large answers or slow networks.`
					: 'Check the Base URL in the ClickMeeting API credential and the network between n8n and ClickMeeting. A timeout can be raised in the node options.',
			itemIndex: input.itemIndex,
		},
	);
	error.message = message;
	error.context.itemIndex = input.itemIndex;
	return error;
}
