/** HTTP plumbing of the simulator: JSON answers, request bodies (form, JSON, multipart), headers, the key check. */
import type * as http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import {
	MultipartFile,
	Nested,
	boundaryOf,
	expandBrackets,
	parseMultipart,
	parseUrlEncoded,
} from './body';
import { ApiError, ErrorItem, errorBody } from './errors';

const MAX_BODY = 256 * 1024 * 1024;

export function sendJson(
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

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
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

export interface ParsedBody {
	recorded: unknown;
	params: Record<string, unknown>;
	files: MultipartFile[];
	error?: ApiError;
}

export function parseBody(raw: Buffer, contentType: string): ParsedBody {
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

export function headersOf(req: http.IncomingMessage): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(req.headers)) {
		const key = k.toLowerCase();
		if (key === 'x-api-key' || v === undefined) continue;
		out[key] = Array.isArray(v) ? v.join(', ') : v;
	}
	return out;
}

export function keyMatches(given: string | undefined, expected: string): boolean {
	if (!given) return false;
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

/** One API request as recorded (`sim.requests`, `GET /__control/requests`): never the API key. */
export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	headers: Record<string, string>;
	status: number;
}

/** An error in the one error body shape. */
export function sendError(
	res: http.ServerResponse,
	status: number,
	errors: ErrorItem[],
	options: { stringCode?: boolean; headers?: Record<string, string> } = {},
): void {
	sendJson(res, status, errorBody(status, errors, options.stringCode), options.headers);
}
