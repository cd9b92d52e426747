import { sleep } from 'n8n-workflow';

import type { ClickMeetingContext } from '../../nodes/ClickMeeting/transport/context';
import { RequestLimiter } from '../../nodes/ClickMeeting/transport/limiter';

// A context without a cancel signal: the limiter only sleeps on it.
const ctx = {} as ClickMeetingContext;

describe('RequestLimiter (transport/limiter.ts)', () => {
	it('a rate re-learned while requests wait for their slots: new requests queue after them, no time is booked twice', async () => {
		const limiter = new RequestLimiter(50, true);
		const start = Date.now();
		for (let i = 0; i < 20; i++) limiter.answered(start);
		await limiter.rateLimited(ctx, 0);
		// the first 429: half of what the first 100 ms carried, less 5%
		expect(limiter.rate).toBeCloseTo(95, 0);
		// 4 + 2 per answer, halved
		expect(limiter.concurrency).toBe(22);

		const order: string[] = [];
		const queued = Array.from({ length: 60 }, (_, i) =>
			limiter.acquire(ctx).then(() => order.push(`first ${i}`)),
		);
		// 60 slots at 95 a second: about 630 ms of them; a quarter of a second later, the rest wait
		await sleep(260);
		expect(order.length).toBeLessThan(60);
		for (let i = 0; i < 12; i++) limiter.answered();
		await limiter.rateLimited(ctx, 0);
		expect(limiter.rate).toBeLessThan(95);
		const later = Array.from({ length: 5 }, (_, i) =>
			limiter.acquire(ctx).then(() => order.push(`later ${i}`)),
		);
		await Promise.all([...queued, ...later]);

		expect(order).toHaveLength(65);
		// every request that got its slot before the new rate starts before any that came after
		expect(order.slice(0, 60).every((entry) => entry.startsWith('first'))).toBe(true);
		expect(order.slice(60)).toEqual(['later 0', 'later 1', 'later 2', 'later 3', 'later 4']);
		expect(limiter.limited).toBe(2);
	});

	it('Fixed: never adaptive, the concurrency is the maximum through 429s', async () => {
		const limiter = new RequestLimiter(7, false);
		expect(limiter.concurrency).toBe(7);
		for (let i = 0; i < 5; i++) limiter.answered();
		await limiter.rateLimited(ctx, 0);
		expect(limiter.concurrency).toBe(7);
		expect(limiter.rate).toBeGreaterThan(0);
	});

	it('Auto: starts at 4, two more per answer until the first 429, then one; never above the maximum', async () => {
		const limiter = new RequestLimiter(12, true);
		expect(limiter.concurrency).toBe(4);
		const changes: number[] = [];
		limiter.onChange(() => changes.push(limiter.concurrency));
		for (let i = 0; i < 3; i++) limiter.answered();
		expect(changes).toEqual([6, 8, 10]);
		await limiter.rateLimited(ctx, 0);
		expect(limiter.concurrency).toBe(5);
		changes.length = 0;
		for (let i = 0; i < 9; i++) limiter.answered();
		expect(changes).toEqual([6, 7, 8, 9, 10, 11, 12]);
		expect(limiter.concurrency).toBe(12);
	});
});
