/** Unit tests of the simulator's building blocks, and the standalone CLI. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import axios from 'axios';
import { expandBrackets, parseMultipart, parseUrlEncoded, splitKey } from '../../simulator/body';
import { isoInZone, parseDateInput, parseDurationMinutes, sqlDateUtc } from '../../simulator/time';
import { crc32, createZip } from '../../simulator/zip';
import { buildPdf } from '../../simulator/pdf';

describe('body parsing', () => {
	it('bracket keys expand into nested objects and arrays', () => {
		expect(splitKey('a[b][0][]')).toEqual(['a', 'b', '0', '']);
		expect(splitKey('plain')).toEqual(['plain']);
		expect(
			parseUrlEncoded(
				'name=My+room&settings%5Bshow_on_personal_page%5D=1&registration[1]=A&registration[3]=a%40b.c&attendees[0][email]=x%40y.z&attendees[1][email]=q%40w.e&t[]=1&t[]=2',
			),
		).toEqual({
			name: 'My room',
			settings: { show_on_personal_page: '1' },
			registration: { '1': 'A', '3': 'a@b.c' },
			attendees: [{ email: 'x@y.z' }, { email: 'q@w.e' }],
			t: ['1', '2'],
		});
	});
	it('prototype keys are ignored', () => {
		const out = expandBrackets([
			['__proto__[polluted]', '1'],
			['a[constructor][x]', '1'],
			['ok', '1'],
		]);
		expect(out).toEqual({ ok: '1' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('multipart is binary-safe', () => {
		const bin = Buffer.from([0, 13, 10, 45, 45, 255, 13, 10]);
		const b = 'XyZ';
		const body = Buffer.concat([
			Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="f"\r\n\r\nvalue\r\n`),
			Buffer.from(
				`--${b}\r\nContent-Disposition: form-data; name="uploaded"; filename="a \\"q\\".bin"\r\nContent-Type: application/x-bin\r\n\r\n`,
			),
			bin,
			Buffer.from(`\r\n--${b}--\r\n`),
		]);
		const mp = parseMultipart(body, b);
		expect(mp.fields).toEqual({ f: 'value' });
		expect(mp.files).toHaveLength(1);
		expect(mp.files[0]).toMatchObject({
			field: 'uploaded',
			filename: 'a "q".bin',
			contentType: 'application/x-bin',
		});
		expect(Buffer.compare(mp.files[0].data, bin)).toBe(0);
	});
});

describe('dates', () => {
	it('ISO with offsets, no milliseconds', () => {
		const ms = Date.UTC(2026, 10, 26, 10, 13, 27, 456);
		expect(isoInZone(ms, 'UTC')).toBe('2026-11-26T10:13:27+00:00');
		expect(isoInZone(ms, 'Europe/Warsaw')).toBe('2026-11-26T11:13:27+01:00');
		expect(isoInZone(ms, 'America/New_York')).toBe('2026-11-26T05:13:27-05:00');
		expect(isoInZone(ms, 'Asia/Kolkata')).toBe('2026-11-26T15:43:27+05:30');
		expect(sqlDateUtc(ms)).toBe('2026-11-26 10:13:27');
	});
	it('inputs: Y-m-d H:i:s in the zone, ISO 8601, durations', () => {
		expect(parseDateInput('2026-07-01 10:00:00', 'Europe/Warsaw')).toBe(
			Date.UTC(2026, 6, 1, 8, 0, 0),
		);
		expect(parseDateInput('2026-07-01 9:05:00', 'UTC')).toBe(Date.UTC(2026, 6, 1, 9, 5, 0));
		expect(parseDateInput('2026-07-01T10:00:00+02:00', 'UTC')).toBe(Date.UTC(2026, 6, 1, 8, 0, 0));
		expect(parseDateInput('2026-07-01T10:00:00Z', 'UTC')).toBe(Date.UTC(2026, 6, 1, 10, 0, 0));
		expect(parseDateInput('2026-13-01 10:00:00', 'UTC')).toBeNull();
		expect(parseDateInput('next week', 'UTC')).toBeNull();
		expect(parseDurationMinutes('1:20')).toBe(80);
		expect(parseDurationMinutes('0:20')).toBe(20);
		expect(parseDurationMinutes('2')).toBe(120);
		expect(parseDurationMinutes('1.5')).toBe(90);
		expect(parseDurationMinutes('0:00')).toBeNull();
		expect(parseDurationMinutes('1:75')).toBeNull();
	});
});

describe('zip and pdf', () => {
	it('crc32 matches zlib', () => {
		for (const s of ['', 'a', 'The quick brown fox', 'Zażółć gęślą jaźń'])
			expect(crc32(Buffer.from(s))).toBe(zlib.crc32(Buffer.from(s)));
	});
	it('zip with two entries has a consistent central directory', () => {
		const zip = createZip([
			{ name: 'a.txt', data: Buffer.from('hello') },
			{ name: 'b.txt', data: Buffer.from('world!') },
		]);
		const eocd = zip.length - 22;
		expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
		expect(zip.readUInt16LE(eocd + 10)).toBe(2);
		const cdOffset = zip.readUInt32LE(eocd + 16);
		expect(zip.readUInt32LE(cdOffset)).toBe(0x02014b50);
		const secondLocal = zip.readUInt32LE(cdOffset + 46 + 5 + 42);
		expect(zip.readUInt32LE(secondLocal)).toBe(0x04034b50);
	});
	it('pdf has a header, xref and EOF', () => {
		const pdf = buildPdf(['Report (1)', 'Line \\ two']).toString('latin1');
		expect(pdf.startsWith('%PDF-1.4')).toBe(true);
		const startxref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
		expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
		expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
	});
});

describe('CLI', () => {
	it('npm run simulator prints base URL and key; ping answers pong; SIGTERM stops it', async () => {
		const root = join(__dirname, '..', '..');
		const child = spawn(
			process.execPath,
			[
				join(root, 'node_modules', 'ts-node', 'dist', 'bin.js'),
				'--transpile-only',
				'simulator/cli.ts',
				'--port',
				'0',
				'--key',
				'cli-test-key',
				'--no-seed',
			],
			{
				cwd: root,
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		try {
			let out = '';
			const url = await new Promise<string>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 20000);
				child.stdout.on('data', (d: Buffer) => {
					out += d.toString();
					const m = /listening on (http:\/\/\S+\/v1)/.exec(out);
					if (m && /API key: cli-test-key/.test(out)) {
						clearTimeout(timer);
						resolve(m[1]);
					}
				});
				child.on('exit', () => reject(new Error(`exited: ${out}`)));
			});
			const res = await axios.get(`${url}/ping`, { headers: { 'X-Api-Key': 'cli-test-key' } });
			expect(res.data).toEqual({ ping: 'pong' });
			expect(
				(await axios.get(`${url}/conferences/active`, { headers: { 'X-Api-Key': 'cli-test-key' } }))
					.data,
			).toEqual([]);
		} finally {
			const exited = new Promise<number | null>((resolve) =>
				child.on('exit', (code) => resolve(code)),
			);
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
		}
	});
});
