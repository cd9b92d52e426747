import type { IDataObject } from 'n8n-workflow';

import { headerSafe } from '../helpers/download';

type Scalar = string | number | boolean;

function flatten(value: unknown, prefix: string, out: Array<[string, string]>): void {
	if (value === undefined || value === null) return;
	if (Array.isArray(value)) {
		value.forEach((entry, index) => flatten(entry, `${prefix}[${index}]`, out));
		return;
	}
	if (typeof value === 'object') {
		for (const [key, entry] of Object.entries(value as IDataObject)) {
			flatten(entry, prefix ? `${prefix}[${key}]` : key, out);
		}
		return;
	}
	const scalar = value as Scalar;
	out.push([prefix, typeof scalar === 'boolean' ? (scalar ? '1' : '0') : String(scalar)]);
}

/**
 * Encodes a body as application/x-www-form-urlencoded with the bracket-nested keys that
 * ClickMeeting reads: `settings[show_on_personal_page]=1`, `attendees[0][email]=a@b.c`.
 * Booleans become 1/0; undefined and null values are left out.
 */
export function toFormUrlEncoded(body: IDataObject): string {
	const pairs: Array<[string, string]> = [];
	flatten(body, '', pairs);
	return pairs
		.map(
			([key, value]) =>
				`${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`,
		)
		.join('&');
}

export interface MultipartFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** Builds a multipart/form-data body for a file upload without any form library. */
export function toMultipart(
	file: MultipartFile,
	boundary: string,
): { body: Buffer; contentType: string } {
	const safeName = headerSafe(file.fileName);
	const safeType = headerSafe(file.mimeType || 'application/octet-stream');
	const head = Buffer.from(
		`--${boundary}\r\n` +
			`Content-Disposition: form-data; name="${file.field}"; filename="${safeName}"\r\n` +
			`Content-Type: ${safeType}\r\n\r\n`,
		'utf8',
	);
	const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
	return {
		body: Buffer.concat([head, file.data, tail]),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}
