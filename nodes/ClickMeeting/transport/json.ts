/** What `readJson` returns for a body that is not JSON. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

/**
 * The one JSON reader of the transport: a body (bytes or text) parsed, undefined when it is empty
 * or only white space, `NOT_JSON` when it is something else.
 */
export function readJson(body: unknown): unknown {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '');
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return NOT_JSON;
	}
}
