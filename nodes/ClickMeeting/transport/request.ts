import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ClickMeetingContext } from './context';
import { credentialsOf } from './credentials';
import type { MultipartFile } from './encode';
import { redact, transportError } from './errors';
import { NOT_JSON, readJson } from './json';
import type { DownloadResponse } from './send';
import { send } from './send';
import type { Expect } from './shape';
import { checkAnswer } from './shape';

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
	/**
	 * What the endpoint promises: 'object' (a non-empty JSON object), 'list' (an array of
	 * objects), 'strings' (an array of texts), 'any'. GET defaults to any non-empty JSON that is
	 * not ClickMeeting's error shape; other methods to 'any'.
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
	const credentials = await credentialsOf(this);
	const parsed = readJson(body);
	if (parsed === NOT_JSON) {
		const text = (body as Buffer).toString('utf8');
		throw transportError(
			this.getNode(),
			request.itemIndex,
			`ClickMeeting answered ${request.method} ${request.endpoint} with malformed JSON`,
			'The API sent something that is not JSON. Check the Base URL in the credential; if it is right, try again later.',
			{ message: redact(text.slice(0, 200), credentials.secrets) },
		);
	}
	return checkAnswer(this.getNode(), request, parsed, credentials.secrets) as T;
}

/**
 * A GET of an endpoint documented to answer a list of objects: always an array of objects (an
 * answer of another shape is an error naming the endpoint, see `checkAnswer`).
 */
export async function apiRequestList(
	this: ClickMeetingContext,
	request: Omit<ApiRequest, 'method' | 'expect'>,
): Promise<IDataObject[]> {
	return await apiRequest.call<ClickMeetingContext, [ApiRequest], Promise<IDataObject[]>>(this, {
		...request,
		method: 'GET',
		expect: 'list',
	});
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
