/** Rate-limit mode: a token bucket per API key (issue #17 item 5). */
import { spawn } from 'node:child_process';
import { RateLimiter, startSimulator } from '../../simulator';
import { useSimulator } from '../harness/simulator';
import { client, expectError } from './helpers';

const OTHER_KEY = 'sim-other-key-fedcba9876543210';
const sim = useSimulator({ seed: true, extraApiKeys: [OTHER_KEY] });
/** fake clock in ms: the bucket refills only when a test moves it */
let now = 0;
const clock = (): number => now;

beforeEach(() => {
	now = 0;
	sim.setRateLimit(null);
});

async function statuses(n: number, key = sim.apiKey): Promise<number[]> {
	const api = client(sim, key);
	const out: number[] = [];
	for (let i = 0; i < n; i++) out.push((await api.get('/ping')).status);
	return out;
}
const count = (list: number[], status: number): number => list.filter((s) => s === status).length;

describe('rate-limit mode (token bucket per API key)', () => {
	it('lets `burst` through at once, then perSecond a second', async () => {
		sim.setRateLimit({ perSecond: 50, burst: 10, clock });
		expect(await statuses(15)).toEqual([...Array(10).fill(200), ...Array(5).fill(429)]);
		now += 100; // 0.1 s at 50/s: 5 tokens
		expect(await statuses(7)).toEqual([...Array(5).fill(200), 429, 429]);
		now += 1000; // a whole second refills at most `burst`, not 50
		expect(count(await statuses(60), 200)).toBe(10);
		now += 10; // half a token: still empty
		expect(await statuses(1)).toEqual([429]);
		now += 10;
		expect(await statuses(2)).toEqual([200, 429]);
		expect(sim.rateLimitStats()).toEqual({ requests: 85, limited: 59 });
		expect(sim.rateLimitStats(sim.apiKey)).toEqual({ requests: 85, limited: 59 });
	});

	it('offered 200/s for 6 simulated seconds, burst + perSecond x time go through', async () => {
		sim.setRateLimit({ perSecond: 50, burst: 10, clock });
		let ok = 0;
		for (let tick = 0; tick < 600; tick++) {
			ok += count(await statuses(2), 200); // 2 requests every 10 ms: 200/s offered
			now += 10;
		}
		// 6 s of simulated time: burst 10 + 50/s x 5.99 s (the last tick's refill is not used)
		expect(ok).toBeGreaterThanOrEqual(10 + 299);
		expect(ok).toBeLessThanOrEqual(10 + 300);
	}, 60_000);

	it('a 429 has Retry-After (default 1, whole seconds) and ClickMeeting’s error body', async () => {
		sim.setRateLimit({ perSecond: 1, burst: 1, clock });
		const api = client(sim);
		expect((await api.get('/ping')).status).toBe(200);
		const res = await api.get('/conferences/active');
		expectError(res, 429, 'rate_limit');
		expect(res.headers['retry-after']).toBe('1');
		expect(res.data).toEqual({
			code: 429,
			name: 'Too Many Requests',
			errors: [{ name: 'rate_limit', message: 'Too many requests, slow down.' }],
		});
		expect(sim.requests.map((r) => r.status)).toEqual([200, 429]);

		sim.setRateLimit({ perSecond: 1, burst: 1, retryAfter: 3, clock });
		await api.get('/ping');
		expect((await api.get('/ping')).headers['retry-after']).toBe('3');
	});

	it('a limited POST changes nothing', async () => {
		sim.setRateLimit({ perSecond: 1, burst: 1, clock });
		const api = client(sim);
		const rooms = sim.state.rooms.size;
		await api.get('/ping');
		const res = await api.post(
			'/conferences',
			new URLSearchParams({
				name: 'R',
				room_type: 'meeting',
				access_type: '1',
				permanent_room: '1',
			}),
		);
		expect(res.status).toBe(429);
		expect(sim.state.rooms.size).toBe(rooms);
	});

	it('other keys are not affected: each key has its own bucket', async () => {
		sim.setRateLimit({ perSecond: 50, burst: 3, clock });
		expect(await statuses(5)).toEqual([200, 200, 200, 429, 429]);
		expect(await statuses(4, OTHER_KEY)).toEqual([200, 200, 200, 429]);
		expect(sim.rateLimitStats(OTHER_KEY)).toEqual({ requests: 4, limited: 1 });
		expect(sim.rateLimitStats(sim.apiKey)).toEqual({ requests: 5, limited: 2 });
		expect(sim.rateLimitStats()).toEqual({ requests: 9, limited: 3 });
		// a wrong key is refused as before (401), never rate limited
		expectError(await client(sim, 'wrong-key').get('/ping'), 401, 'X-Api-Key');
	});

	it('cleared mode lets every request through; counters keep counting', async () => {
		sim.setRateLimit({ perSecond: 1, burst: 1, clock });
		expect(await statuses(3)).toEqual([200, 429, 429]);
		sim.setRateLimit(null);
		expect(count(await statuses(50), 200)).toBe(50);
		expect(sim.rateLimitStats()).toEqual({ requests: 53, limited: 2 });
		sim.reset();
		expect(sim.rateLimitStats()).toEqual({ requests: 0, limited: 0 });
	});

	it('a new setting starts with full buckets; reset() keeps the setting', async () => {
		sim.setRateLimit({ perSecond: 1, burst: 2, clock });
		expect(await statuses(3)).toEqual([200, 200, 429]);
		sim.setRateLimit({ perSecond: 1, burst: 2, clock });
		expect(await statuses(3)).toEqual([200, 200, 429]);
		sim.reset();
		expect(await statuses(3)).toEqual([200, 200, 429]);
	});

	it('sim.options.rateLimit can be assigned directly (burst defaults to perSecond)', async () => {
		sim.options.rateLimit = { perSecond: 4, clock };
		expect(await statuses(5)).toEqual([200, 200, 200, 200, 429]);
	});

	it('the mode is off by default and counters still count', async () => {
		const fresh = await startSimulator({ seed: false });
		try {
			const api = client(fresh);
			for (let i = 0; i < 30; i++) expect((await api.get('/ping')).status).toBe(200);
			expect(fresh.rateLimitStats()).toEqual({ requests: 30, limited: 0 });
			expect(fresh.options.rateLimit).toBeNull();
		} finally {
			await fresh.close();
		}
	});

	it('startSimulator({ rateLimit }) validates the setting', async () => {
		await expect(startSimulator({ rateLimit: { perSecond: 0 } })).rejects.toThrow(
			/rateLimit.perSecond/,
		);
		await expect(startSimulator({ rateLimit: { perSecond: 5, burst: 0.5 } })).rejects.toThrow(
			/rateLimit.burst/,
		);
		await expect(startSimulator({ rateLimit: { perSecond: 5, retryAfter: 1.5 } })).rejects.toThrow(
			/rateLimit.retryAfter/,
		);
	});
});

describe('rate-limit control endpoints', () => {
	it('PUT/GET/DELETE /__control/rate-limit set, read and clear the mode', async () => {
		const control = client(sim, null);
		const url = `${sim.origin}/__control/rate-limit`;
		const set = await control.put(url, { perSecond: 50, burst: 2, retryAfter: 2 });
		expect(set.status).toBe(200);
		expect(set.data).toEqual({
			rateLimit: { perSecond: 50, burst: 2, retryAfter: 2 },
			requests: 0,
			limited: 0,
		});
		const got = await statuses(4);
		// real clock: at 50/s a refill may let one more through between requests
		expect(got.slice(0, 2)).toEqual([200, 200]);
		expect(count(got, 429)).toBeGreaterThanOrEqual(1);
		const read = await control.get(url);
		expect(read.data.requests).toBe(4);
		expect(read.data.limited).toBe(count(got, 429));

		const bad = await control.put(url, { perSecond: -1 });
		expectError(bad, 422, 'rateLimit');

		const cleared = await control.delete(url);
		expect(cleared.data.rateLimit).toBeNull();
		expect(count(await statuses(20), 200)).toBe(20);

		const zero = await control.delete(`${url}/counters`);
		expect(zero.data).toEqual({ rateLimit: null, requests: 0, limited: 0 });
	});

	it('PUT /__control/options takes rateLimit too', async () => {
		const control = client(sim, null);
		const res = await control.put(`${sim.origin}/__control/options`, {
			rateLimit: { perSecond: 1, burst: 1, retryAfter: 5 },
		});
		expect(res.status).toBe(200);
		expect(res.data.rateLimit).toEqual({ perSecond: 1, burst: 1, retryAfter: 5 });
		expect(res.data.apiKey).toBeUndefined();
		expect(res.data.extraApiKeys).toBeUndefined();
		const api = client(sim);
		await api.get('/ping');
		const limited = await api.get('/ping');
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('5');
		await control.put(`${sim.origin}/__control/options`, { rateLimit: null });
		expect((await api.get('/ping')).status).toBe(200);
	});
});

describe('RateLimiter', () => {
	it('counts every key apart and answers the configured Retry-After', () => {
		const limiter = new RateLimiter();
		let t = 0;
		const setting = { perSecond: 2, burst: 2, retryAfter: 4, clock: () => t };
		expect([1, 2, 3].map(() => limiter.take('a', setting))).toEqual([undefined, undefined, 4]);
		t = 500; // one token
		expect([1, 2].map(() => limiter.take('a', setting))).toEqual([undefined, 4]);
		expect(limiter.take('b', setting)).toBeUndefined();
		expect(limiter.take('a', null)).toBeUndefined();
		expect(limiter.stats('a')).toEqual({ requests: 6, limited: 2 });
		expect(limiter.stats('b')).toEqual({ requests: 1, limited: 0 });
		expect(limiter.stats('never')).toEqual({ requests: 0, limited: 0 });
		limiter.reset();
		expect(limiter.stats()).toEqual({ requests: 0, limited: 0 });
	});
});

describe('npm run simulator -- --rate-limit', () => {
	it('the CLI starts with the mode on and says so', async () => {
		const child = spawn(
			process.execPath,
			[
				require.resolve('ts-node/dist/bin.js'),
				'--transpile-only',
				'--prefer-ts-exts',
				'simulator/cli.ts',
				'--no-seed',
				'--rate-limit',
				'5',
				'--rate-burst',
				'2',
				'--retry-after',
				'2',
			],
			{ cwd: `${__dirname}/../..`, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		try {
			const out = await new Promise<string>((resolve, reject) => {
				let text = '';
				child.stdout.on('data', (d: Buffer) => {
					text += d.toString();
					if (text.includes('Control API')) resolve(text);
				});
				child.on('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
			});
			expect(out).toContain('Rate limit: 5/s per API key, burst 2, Retry-After 2 s');
			const base = /listening on (\S+)/.exec(out)?.[1] as string;
			const origin = base.replace(/\/v1$/, '');
			const control = client(sim, null);
			const view = await control.get(`${origin}/__control/rate-limit`);
			expect(view.data.rateLimit).toEqual({ perSecond: 5, burst: 2, retryAfter: 2 });
		} finally {
			child.kill('SIGTERM');
		}
	}, 60_000);
});
