import type { IDataObject, IHttpRequestMethods, INode, NodeApiError } from 'n8n-workflow';

import { redact, toApiError, transportError } from './errors';

/**
 * What an endpoint promises: 'object' (a JSON object), 'list' (an array of objects),
 * 'strings' (an array of strings), 'body' (any JSON, not empty), 'any' (empty allowed).
 */
export type Expect = 'object' | 'list' | 'strings' | 'body' | 'any';

interface ShapeRequest {
	method: IHttpRequestMethods;
	endpoint: string;
	itemIndex?: number;
	expect?: Expect;
}

/** ClickMeeting's error body: `{"code":422,"name":"Unprocessable Entity","errors":[…]}` (code may be a string). */
export function isErrorBody(value: unknown): value is IDataObject {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const body = value as IDataObject;
	const code = Number(body.code);
	return (
		Number.isInteger(code) &&
		code >= 400 &&
		code < 600 &&
		(Array.isArray(body.errors) ||
			(typeof body.errors === 'object' && body.errors !== null) ||
			typeof body.message === 'string') &&
		Object.keys(body).every((key) => ['code', 'name', 'message', 'errors', 'status'].includes(key))
	);
}

function kind(value: unknown): string {
	if (value === undefined) return 'an empty body';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The NodeApiError for an answer that is not what the endpoint promises. */
export function unexpectedAnswer(
	node: INode,
	request: { method: string; endpoint: string; itemIndex?: number },
	what: string,
	sample: unknown,
	secrets: string[],
): NodeApiError {
	const message = `ClickMeeting answered ${request.method} ${request.endpoint} with ${what}`;
	let text = '';
	try {
		text = JSON.stringify(sample) ?? '';
	} catch {
		text = String(sample);
	}
	return transportError(
		node,
		request.itemIndex,
		message,
		'That is not what this endpoint promises, so nothing was output. Check the Base URL in the credential; if it is right, try again later or report it to ClickMeeting support.',
		{ message: redact(text.slice(0, 300), secrets) },
	);
}

/**
 * Checks a parsed 2xx answer against what the endpoint promises (`request.expect`; a GET
 * promises a body by default). Returns the answer; an empty answer is `{}` where allowed.
 */
export function checkAnswer(
	node: INode,
	request: ShapeRequest,
	answer: unknown,
	secrets: string[],
): unknown {
	if (isErrorBody(answer)) {
		const status = Number(answer.code);
		const error = toApiError(node, {
			status,
			body: answer,
			method: request.method,
			endpoint: request.endpoint,
			apiKey: secrets,
			itemIndex: request.itemIndex,
		});
		error.message = error.message.replace(
			`failed with HTTP ${status}`,
			`failed: HTTP 200 carrying ClickMeeting's error ${status}`,
		);
		throw error;
	}
	const expect = request.expect ?? (request.method === 'GET' ? 'body' : 'any');
	const fail = (what: string) => {
		throw unexpectedAnswer(node, request, what, answer, secrets);
	};
	if (answer === undefined) {
		if (expect === 'any') return {};
		fail(
			`an empty body where ${expect === 'list' || expect === 'strings' ? 'a list' : 'an answer'} is documented`,
		);
	}
	switch (expect) {
		case 'object':
			if (!answer || typeof answer !== 'object' || Array.isArray(answer))
				fail(`${kind(answer)} where an object is documented`);
			break;
		case 'list':
			if (!Array.isArray(answer)) fail(`${kind(answer)} where a list is documented`);
			(answer as unknown[]).forEach((entry, index) => {
				if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
					fail(`a list whose entry ${index + 1} is ${kind(entry)}, not an object`);
				}
			});
			break;
		case 'strings':
			if (!Array.isArray(answer)) fail(`${kind(answer)} where a list is documented`);
			(answer as unknown[]).forEach((entry, index) => {
				if (typeof entry !== 'string')
					fail(`a list whose entry ${index + 1} is ${kind(entry)}, not a text`);
			});
			break;
		default:
			if (answer === null) fail('null where an answer is documented');
	}
	return answer;
}
