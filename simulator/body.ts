/**
 * Request body parsing: application/x-www-form-urlencoded with bracket-nested keys
 * (`settings[show_on_personal_page]=1`, `attendees[0][email]=a@b.c`, `a[]=x`),
 * JSON, and multipart/form-data (parsed by hand, binary-safe).
 */

export type Nested = { [key: string]: NestedValue };
export type NestedValue = string | Nested | NestedValue[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Splits 'a[b][0][]' into ['a', 'b', '0', '']. */
export function splitKey(key: string): string[] {
	const open = key.indexOf('[');
	if (open <= 0) return [key];
	const segs = [key.slice(0, open)];
	const re = /\[([^\]]*)\]/g;
	let m: RegExpExecArray | null;
	let last = open;
	re.lastIndex = open;
	while ((m = re.exec(key)) !== null) {
		if (m.index !== last) break;
		segs.push(m[1]);
		last = re.lastIndex;
	}
	if (last !== key.length) return [key];
	return segs;
}

function setNested(target: Nested, segs: string[], value: string): void {
	if (segs.some((s) => FORBIDDEN.has(s))) return;
	let cur: Nested = target;
	for (let i = 0; i < segs.length; i++) {
		let seg = segs[i];
		if (seg === '') seg = String(Object.keys(cur).length);
		if (i === segs.length - 1) {
			cur[seg] = value;
			return;
		}
		const next = cur[seg];
		if (next === undefined || typeof next === 'string' || Array.isArray(next)) {
			const fresh: Nested = {};
			cur[seg] = fresh;
			cur = fresh;
		} else {
			cur = next;
		}
	}
}

/** Turns objects whose keys are exactly '0'..'n-1' into arrays. */
function arrayify(v: NestedValue): NestedValue {
	if (typeof v === 'string' || Array.isArray(v)) return v;
	const keys = Object.keys(v);
	for (const k of keys) v[k] = arrayify(v[k]);
	if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => v[k]);
	return v;
}

export function expandBrackets(pairs: Array<[string, string]>): Nested {
	const out: Nested = {};
	for (const [k, v] of pairs) setNested(out, splitKey(k), v);
	return arrayify(out) as Nested;
}

function decode(s: string): string {
	const plus = s.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(plus);
	} catch {
		return plus;
	}
}

export function parseUrlEncoded(text: string): Nested {
	const pairs: Array<[string, string]> = [];
	for (const part of text.split('&')) {
		if (!part) continue;
		const eq = part.indexOf('=');
		const k = decode(eq < 0 ? part : part.slice(0, eq));
		const v = eq < 0 ? '' : decode(part.slice(eq + 1));
		pairs.push([k, v]);
	}
	return expandBrackets(pairs);
}

export interface MultipartFile {
	field: string;
	filename: string;
	contentType: string;
	data: Buffer;
}
export interface MultipartResult {
	fields: Record<string, string>;
	files: MultipartFile[];
}

function headerParam(header: string, name: string): string | undefined {
	// filename*=UTF-8''... takes precedence
	const star = new RegExp(`(?:^|;)\\s*${name}\\*=([^;]+)`, 'i').exec(header);
	if (star) {
		const v = star[1].trim().replace(/^"|"$/g, '');
		const idx = v.indexOf("''");
		try {
			return decodeURIComponent(idx >= 0 ? v.slice(idx + 2) : v);
		} catch {
			/* fall through */
		}
	}
	const quoted = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
	if (quoted) return quoted[1].replace(/\\(.)/g, '$1');
	const bare = new RegExp(`(?:^|;)\\s*${name}=([^;]*)`, 'i').exec(header);
	if (bare) return bare[1].trim();
	return undefined;
}

export function boundaryOf(contentType: string): string | undefined {
	return headerParam(contentType, 'boundary');
}

/** Parses a multipart/form-data body. Throws on a malformed body. */
export function parseMultipart(buf: Buffer, boundary: string): MultipartResult {
	const result: MultipartResult = { fields: {}, files: [] };
	const delim = Buffer.from(`--${boundary}`);
	const crlfDelim = Buffer.from(`\r\n--${boundary}`);
	let pos = buf.indexOf(delim);
	if (pos < 0) throw new Error('multipart boundary not found');
	pos += delim.length;
	for (;;) {
		// after a delimiter: '--' ends, else CRLF then headers
		if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) break;
		if (buf[pos] === 0x0d && buf[pos + 1] === 0x0a) pos += 2;
		else throw new Error('malformed multipart delimiter');
		const headEnd = buf.indexOf('\r\n\r\n', pos, 'latin1');
		if (headEnd < 0) throw new Error('malformed multipart headers');
		const headers: Record<string, string> = {};
		for (const line of buf.subarray(pos, headEnd).toString('utf8').split('\r\n')) {
			const c = line.indexOf(':');
			if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
		}
		const dataStart = headEnd + 4;
		const next = buf.indexOf(crlfDelim, dataStart);
		if (next < 0) throw new Error('unterminated multipart part');
		const data = buf.subarray(dataStart, next);
		const disp = headers['content-disposition'] ?? '';
		const field = headerParam(disp, 'name') ?? '';
		const filename = headerParam(disp, 'filename');
		if (filename !== undefined) {
			result.files.push({
				field,
				filename,
				contentType: headers['content-type'] || 'application/octet-stream',
				data: Buffer.from(data),
			});
		} else if (!FORBIDDEN.has(field)) {
			result.fields[field] = data.toString('utf8');
		}
		pos = next + crlfDelim.length;
	}
	return result;
}
