import type { ServerResponse } from 'node:http';

import { runNode } from '../harness/run-workflow';
import { MAX_JSON_BYTES, parseRetryAfter } from '../../nodes/ClickMeeting/transport';
import { json, startHostile, useHostile } from './hostile';

const ROOM = { __rl: true, mode: 'id', value: '12' };

describe('answers that stall, never end, or are not what the endpoint promises', () => {
	const startServer = useHostile();

	it('a body dripping 1 byte every 500 ms, Timeout 2 s: the deadline cuts it, "timed out", one attempt', async () => {
		let sent = 0;
		let closed: (early: boolean) => void = () => {};
		const closedEarly = new Promise<boolean>((resolve) => (closed = resolve));
		const server = await startServer((_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			const body = '{"ping":"pong"}'.padEnd(60, ' ');
			const drip = async () => {
				for (const char of body) {
					if (res.destroyed) return;
					res.write(char);
					sent++;
					await new Promise((resolve) => setTimeout(resolve, 500));
				}
				res.end();
			};
			res.on('close', () => closed(!res.writableEnded));
			void drip();
		});
		const { error, items } = await runNode(server.asSim(), {
			resource: 'ping',
			operation: 'check',
			requestOptions: { timeoutSeconds: 2, maxAttempts: 1 },
		});

		expect(items).toHaveLength(0);
		expect(error?.message).toBe('ClickMeeting GET /ping timed out');
		expect(error?.description).toMatch(/deadline/);
		// the client hung up mid-body (the server would have dripped for 30 s)
		expect(await closedEarly).toBe(true);
		expect(sent).toBeLessThan(60);
	});

	it(`a never-ending chunked body: "too large" at the ${MAX_JSON_BYTES / 1024 / 1024} MiB cap, the stream cut, never "could not reach"`, async () => {
		let written = 0;
		const chunk = Buffer.alloc(1024 * 1024, 0x20);
		const server = await startServer((_req, res: ServerResponse) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.write('[');
			const pump = () => {
				while (!res.destroyed && written < 8 * MAX_JSON_BYTES) {
					written += chunk.length;
					if (!res.write(chunk)) return void res.once('drain', pump);
				}
				res.end();
			};
			pump();
		});
		const { error } = await runNode(server.asSim(), {
			resource: 'ping',
			operation: 'check',
			requestOptions: { timeoutSeconds: 60, maxAttempts: 1 },
		});

		expect(error?.message).toMatch(/GET \/ping: the answer is too large \(over 64 MiB\)/);
		expect(error?.message).not.toMatch(/could not reach/);
		// the server could write the cap plus what socket buffers hold, not the 512 MiB it wanted
		expect(written).toBeLessThan(MAX_JSON_BYTES + 32 * 1024 * 1024);
	});

	it("a 200 carrying ClickMeeting's error body is an error, not a success", async () => {
		const server = await startServer((_req, res) =>
			json(res, 200, {
				code: 422,
				name: 'Unprocessable Entity',
				errors: [{ name: 'room', message: 'Invalid room' }],
			}),
		);
		const { error, items } = await runNode(server.asSim(), {
			resource: 'conference',
			operation: 'get',
			room: ROOM,
		});

		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(
			/GET \/conferences\/12 failed: HTTP 200 carrying ClickMeeting's error 422: room: Invalid room/,
		);
	});

	it.each([
		[
			'Conference Get',
			{ resource: 'conference', operation: 'get', room: ROOM },
			'GET /conferences/12',
		],
		[
			'Registration Register',
			{
				resource: 'registration',
				operation: 'register',
				room: ROOM,
				firstName: 'Ann',
				lastName: 'Lee',
				email: 'ann@example.com',
			},
			'POST /conferences/12/registration',
		],
	])('an empty 200 on %s is an error naming the endpoint', async (_name, parameters, endpoint) => {
		const server = await startServer((_req, res) =>
			res.writeHead(200, { 'Content-Length': 0 }).end(),
		);
		const { error, items } = await runNode(server.asSim(), parameters);

		expect(items).toHaveLength(0);
		expect(error?.message).toBe(
			`ClickMeeting answered ${endpoint} with an empty body where an answer is documented`,
		);
	});

	it('a list answer [1,"two",null,true] is an error naming the endpoint and the entry, not a crash', async () => {
		const server = await startServer((_req, res) => json(res, 200, [1, 'two', null, true]));
		const { error, items } = await runNode(server.asSim(), {
			resource: 'recording',
			operation: 'getAll',
			room: ROOM,
			returnAll: true,
		});

		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			'ClickMeeting answered GET /conferences/12/recordings with a list whose entry 1 is a number, not an object',
		);
	});

	it('a wrapper object where a list is documented is an error', async () => {
		const server = await startServer((_req, res) => json(res, 200, { recordings: [{ id: 1 }] }));
		const { error } = await runNode(server.asSim(), {
			resource: 'recording',
			operation: 'getAll',
			room: ROOM,
			returnAll: true,
		});

		expect(error?.message).toBe(
			'ClickMeeting answered GET /conferences/12/recordings with an object where a list is documented',
		);
	});

	it('Access Token Generate 3 answered {"access_tokens":[]}: an error, no silent 0 items', async () => {
		const server = await startServer((_req, res) => json(res, 200, { access_tokens: [] }));
		const { error, items } = await runNode(server.asSim(), {
			resource: 'accessToken',
			operation: 'generate',
			room: ROOM,
			howMany: 3,
		});

		expect(items).toHaveLength(0);
		expect(error?.message).toMatch(/with 0 tokens where 3 were asked for/);
		expect(server.requests).toHaveLength(1);
	});
});

describe('429 with a Retry-After that is zero, negative, in the past or garbage', () => {
	it.each(['0', '-5', 'Tue, 01 Jan 2019 00:00:00 GMT', 'soon', '1e3'])(
		'Retry-After "%s" means no usable pause: the normal backoff applies',
		(value) => {
			expect(parseRetryAfter(value, Date.parse('2026-01-01T00:00:00Z'))).toBeUndefined();
		},
	);

	it('still honours a positive Retry-After (seconds and a future date)', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(parseRetryAfter('2', now)).toBe(2000);
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3000);
	});

	it.each(['-5', '0', 'Tue, 01 Jan 2019 00:00:00 GMT'])(
		'a 429 storm with Retry-After "%s" waits the backoff between attempts, bounded by Max Attempts',
		async (value) => {
			const at: number[] = [];
			const server = await startHostile((_req, res) => {
				at.push(Date.now());
				json(
					res,
					429,
					{ code: 429, name: 'Too Many Requests', errors: [] },
					{ 'Retry-After': value },
				);
			});
			try {
				const { error } = await runNode(server.asSim(), {
					resource: 'ping',
					operation: 'check',
					requestOptions: { maxAttempts: 3, maxWaitSeconds: 0.2 },
				});
				expect(server.requests).toHaveLength(3);
				expect(error?.message).toContain('HTTP 429');
				// backoff with a 200 ms cap: each wait is at least half of it (a lower bound only)
				for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(95);
			} finally {
				await server.close();
			}
		},
	);
});
