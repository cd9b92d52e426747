/** Content helpers: random codes, URL names, file content types, the chat archive's CSV, a tiny PNG. */
import { randomBytes } from 'node:crypto';
import { isoInZone } from './time';
import type { Chat, SimulatorState } from './state';

/** The alphabet of access tokens: 6 characters of [A-Z0-9]. */
export const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function randInt(min: number, max: number): number {
	return min + Math.floor(Math.random() * (max - min + 1));
}

export function randomAlnum(
	len: number,
	alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789',
): string {
	const bytes = randomBytes(len);
	let s = '';
	for (let i = 0; i < len; i++) s += alphabet[bytes[i] % alphabet.length];
	return s;
}

export function randomCode(len: number): string {
	return randomAlnum(len, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
}

/** A host login hash in the recorded form: base64-like letters ending in "__". */
export function hostHash(): string {
	return `${randomCode(110)}__`;
}

export function slugify(name: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return s || 'room';
}

const CONTENT_TYPES: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	pdf: 'application/pdf',
	txt: 'text/plain',
	mp3: 'audio/mpeg',
	mp4: 'video/mp4',
	ppt: 'application/vnd.ms-powerpoint',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function guessContentType(name: string): string {
	const ext = name.toLowerCase().split('.').pop() ?? '';
	return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

export function documentType(contentType: string, name: string): string {
	if (contentType.startsWith('image/')) return 'image';
	if (contentType.startsWith('audio/')) return 'audio';
	if (contentType.startsWith('video/')) return 'video';
	// recorded upload answers: a PDF is "presentation_pdf"
	if (contentType === 'application/pdf' || /\.pdf$/i.test(name)) return 'presentation_pdf';
	if (/powerpoint|presentation/.test(contentType) || /\.(pptx?|odp)$/i.test(name))
		return 'presentation';
	return 'document';
}

export function contentDisposition(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A valid 1x1 PNG. */
export function tinyPng(): Buffer {
	return Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
		'base64',
	);
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** 'November 17, 2016 07:26:04 PM' in the zone (the chat.csv time column). */
export function chatCsvTime(ms: number, tz: string): string {
	const iso = isoInZone(ms, tz);
	const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
	const [h, mi, sec] = iso.slice(11, 19).split(':');
	const hour = Number(h);
	const h12 = hour % 12 === 0 ? 12 : hour % 12;
	return `${MONTHS[mo - 1]} ${String(d).padStart(2, '0')}, ${y} ${String(h12).padStart(2, '0')}:${mi}:${sec} ${hour < 12 ? 'AM' : 'PM'}`;
}

function csvField(v: string): string {
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** chat.csv of the recorded chat archive: `"<time>",email,nickname,message` per line. */
export function chatCsv(state: SimulatorState, c: Chat): string {
	const tz = state.rooms.get(c.room_id)?.timezone ?? 'UTC';
	return c.messages
		.map(
			(m) =>
				`"${chatCsvTime(m.time, tz)}",${csvField(m.email)},${csvField(m.nickname)},${csvField(m.message)}\n`,
		)
		.join('');
}
