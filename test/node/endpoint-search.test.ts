/**
 * One search for an endpoint in the reference's notation (`GET /conferences/:room_id/sessions`)
 * finds its operation (the first line of the operation file's first JSDoc), its tests (a
 * `describe` title) and its simulator route (`route('<notation>', …)`). The endpoints are read
 * from the reference when it is next to the repository, else from test/fixtures/endpoints.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { notationPath, REFERENCE_ENDPOINTS } from '../fixtures/endpoints';

const ROOT = path.resolve(__dirname, '../..');
const REFERENCE_FILE = path.resolve(ROOT, '../shared/clickmeeting-api-v1.txt');
const REQUEST_LINE = /^(GET|POST|PUT|DELETE) https:\/\/api\.clickmeeting\.com\/v1(\/\S*)\s*$/gm;

function notations(): string[] {
	if (!existsSync(REFERENCE_FILE)) return [...REFERENCE_ENDPOINTS];
	const text = readFileSync(REFERENCE_FILE, 'utf8');
	const all = [...text.matchAll(REQUEST_LINE)].map((m) => `${m[1]} ${notationPath(m[2])}`);
	return [...new Set(all)];
}

function filesBelow(folder: string, keep: (file: string) => boolean): string[] {
	return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
		.map((file) => path.join(folder, file))
		.filter((file) => keep(file) && !file.includes('node_modules'));
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The notation as a whole: not the start of a longer path (`GET /conferences/:room_id/tokens`). */
const whole = (notation: string) => new RegExp(`(?<![\\w/])${escape(notation)}(?![\\w/:-])`);

/** The first text line of the file's first JSDoc comment. */
function firstDocLine(text: string): string {
	const doc = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
	return (
		doc
			.split('\n')
			.map((line) => line.replace(/^\s*\*?\s?/, '').trim())
			.find((line) => line.length > 0) ?? ''
	);
}

/** Every describe title in the test files: describe('…', or describe("…", or describe(`…`. */
function describeTitles(text: string): string[] {
	return [...text.matchAll(/\bdescribe(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map(
		(m) => m[2],
	);
}

const ENDPOINTS = notations();
const operationDocs = filesBelow('nodes/ClickMeeting/actions', (f) =>
	f.endsWith('.operation.ts'),
).map((file) => ({ file, line: firstDocLine(read(file)) }));
const titles = filesBelow('test', (f) => f.endsWith('.test.ts')).flatMap((file) =>
	describeTitles(read(file)).map((title) => ({ file, title })),
);
const routeFolder = path.join(ROOT, 'simulator/routes');
const routeText = existsSync(routeFolder)
	? filesBelow('simulator/routes', (f) => f.endsWith('.ts'))
			.map(read)
			.join('\n')
	: '';

describe('Finding an endpoint by its notation (test/fixtures/endpoints.ts)', () => {
	it('reads the 34 endpoints of the reference', () => {
		expect(ENDPOINTS).toHaveLength(34);
		expect(ENDPOINTS).toEqual([...REFERENCE_ENDPOINTS]);
	});

	it('tells an endpoint from a longer one that starts the same way', () => {
		expect(whole('GET /conferences/:room_id').test('GET /conferences/:room_id — a room')).toBe(
			true,
		);
		expect(whole('GET /conferences/:room_id').test('GET /conferences/:room_id/tokens')).toBe(false);
		expect(whole('GET /chats').test("describe('GET /chats/:session_id'")).toBe(false);
		expect(whole('GET /chats').test("'GET /chats'")).toBe(true);
	});

	it('finds each endpoint in the first JSDoc line of an operation file', () => {
		const missing = ENDPOINTS.filter(
			(notation) => !operationDocs.some(({ line }) => whole(notation).test(line)),
		);
		expect(missing).toEqual([]);
	});

	it('finds each endpoint in the describe of a test', () => {
		const missing = ENDPOINTS.filter(
			(notation) => !titles.some(({ title }) => whole(notation).test(title)),
		);
		expect(missing).toEqual([]);
	});

	it("finds each endpoint as a simulator route, route('<notation>', …)", () => {
		const missing = ENDPOINTS.filter((notation) => !routeText.includes(`route('${notation}'`));
		expect(missing).toEqual([]);
	});
});
