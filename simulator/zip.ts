/**
 * A minimal ZIP writer with CRC-32: method 8 (deflated, as ClickMeeting's chat archives are) or
 * method 0 (stored). Node's zlib is fine here: the simulator is never shipped.
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE: Uint32Array = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

export function crc32(buf: Buffer): number {
	let c = 0xffffffff;
	for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
	name: string;
	data: Buffer;
	date?: Date;
	/** deflate (method 8); false stores the bytes as they are (method 0) */
	deflate?: boolean;
}

function dosDateTime(d: Date): { time: number; date: number } {
	const year = Math.max(1980, d.getUTCFullYear());
	return {
		time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
		date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
	};
}

/** Little-endian fields of 2 or 4 bytes, in order. */
function packed(fields: Array<[value: number, bytes: 2 | 4]>): Buffer {
	const buf = Buffer.alloc(fields.reduce((n, [, bytes]) => n + bytes, 0));
	let at = 0;
	for (const [value, bytes] of fields)
		at = bytes === 2 ? buf.writeUInt16LE(value, at) : buf.writeUInt32LE(value, at);
	return buf;
}

export function createZip(entries: ZipEntry[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name, 'utf8');
		const stored = e.deflate ? deflateRawSync(e.data) : e.data;
		const version = e.deflate ? 20 : 10; // version needed
		const { time, date } = dosDateTime(e.date ?? new Date());
		// flags (UTF-8 names), method, time, date, CRC-32, sizes, name length: both headers
		const common: Array<[number, 2 | 4]> = [
			[0x0800, 2],
			[e.deflate ? 8 : 0, 2],
			[time, 2],
			[date, 2],
			[crc32(e.data), 4],
			[stored.length, 4],
			[e.data.length, 4],
			[name.length, 2],
		];
		// local header: signature, version needed, common, extra length
		locals.push(packed([[0x04034b50, 4], [version, 2], ...common, [0, 2]]), name, stored);
		// central header: signature, version made by, version needed, common, extra, comment, disk,
		// internal and external attributes, offset of the local header
		const tail: Array<[number, 2 | 4]> = [
			[0, 2],
			[0, 2],
			[0, 2],
			[0, 2],
			[0, 4],
			[offset, 4],
		];
		centrals.push(packed([[0x02014b50, 4], [20, 2], [version, 2], ...common, ...tail]), name);
		offset += 30 + name.length + stored.length;
	}
	const cd = Buffer.concat(centrals);
	const n = entries.length;
	const end = packed([
		[0x06054b50, 4],
		[0, 2],
		[0, 2],
		[n, 2],
		[n, 2],
		[cd.length, 4],
		[offset, 4],
		[0, 2],
	]);
	return Buffer.concat([...locals, cd, end]);
}
