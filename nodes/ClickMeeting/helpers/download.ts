/**
 * Reads the file name from a Content-Disposition header: `filename*=UTF-8''…` first, then
 * `filename="…"` or a bare `filename=…`. Undefined when there is none.
 */
export function fileNameFromContentDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const extended = /(?:^|;)\s*filename\*\s*=\s*([^;]+)/i.exec(header);
	if (extended) {
		const value = extended[1].trim().replace(/^"|"$/g, '');
		const quote = value.indexOf("''");
		try {
			const decoded = decodeURIComponent(quote >= 0 ? value.slice(quote + 2) : value);
			if (decoded) return decoded;
		} catch {
			// not valid percent-encoding: fall back to the plain parameter
		}
	}
	const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
	if (quoted?.[1]) return quoted[1].replace(/\\(.)/g, '$1');
	const bare = /(?:^|;)\s*filename\s*=\s*([^;]+)/i.exec(header);
	const name = bare?.[1].trim();
	return name || undefined;
}

/** The MIME type of a Content-Type header, without parameters. */
export function mimeTypeOf(header: string | undefined): string | undefined {
	const type = header?.split(';')[0].trim().toLowerCase();
	return type || undefined;
}

/** A file name or MIME type fit for a header value: no CR/LF, quotes or other control characters. */
export function headerSafe(value: string): string {
	return Array.from(value, (char) => {
		const code = char.charCodeAt(0);
		return code < 0x20 || code === 0x7f || char === '"' || char === '\\' ? '_' : char;
	}).join('');
}
