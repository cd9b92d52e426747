// s6: 1,000 registrations against the simulator's rate limit (50/s, burst 10, Retry-After 1) at
// 20 ms per answer: items succeeded and failed, duplicates, requests, 429s, wall / (items / rate).
import {
	contender,
	ITEMS,
	LATENCY_MS,
	log,
	measure,
	registrationRoom,
	round,
	simCall,
} from '../common';

export const RATE = 50;
export const BURST = 10;

export interface RateLimitedRow {
	label: string;
	succeeded: number;
	failed: number;
	duplicates: number;
	requests: number;
	answered429: number;
	share429: number;
	wallMs: number;
	wallOverFloor: number;
	cpuMsPerItem: number;
}

export async function rateLimited(): Promise<Record<string, unknown>> {
	log(
		`\n== s6: ${ITEMS} registrations, rate limit ${RATE}/s burst ${BURST} Retry-After 1, ${LATENCY_MS} ms latency`,
	);
	const p = { items: ITEMS, warmupItems: 5, tolerateFailures: true };
	const contenders = [
		contender('node-auto', 'ClickMeeting node, Auto', 'node', { ...p, parallel: 'auto' }),
		contender('node-p1', 'ClickMeeting node, Fixed 1', 'node', { ...p, parallel: 1 }),
		contender('http-default', 'HTTP Request 4.5, default', 'http-default', p),
		contender('http-retry', 'HTTP Request 4.5, Retry On Fail 5 × 1 s', 'http-retry', p),
	];
	const floorMs = (ITEMS / RATE) * 1000;
	const out: Record<string, unknown> = {
		ratePerSecond: RATE,
		burst: BURST,
		retryAfter: 1,
		latencyMs: LATENCY_MS,
		items: ITEMS,
		floorMs,
	};
	for (const spec of contenders) {
		await simCall('setLatency', 0);
		await simCall('eval', 'sim.setRateLimit(null);');
		const extra = await registrationRoom();
		await simCall(
			'eval',
			`sim.setRateLimit({ perSecond: ${RATE}, burst: ${BURST}, retryAfter: 1 });`,
		);
		await simCall('setLatency', LATENCY_MS);
		const row = await measure({
			scenario: 's1',
			...spec.job,
			params: { ...spec.job.params, ...extra },
		});
		await simCall('setLatency', 0);
		const regs = await simCall<{ total: number; distinct: number }>(
			'eval',
			`const list = sim.state.registrationsOfRoom(args[0]).filter((r) => String(r.email).startsWith('run-'));
			 return { total: list.length, distinct: new Set(list.map((r) => String(r.email).toLowerCase())).size };`,
			extra.roomId,
		);
		await simCall('eval', 'sim.setRateLimit(null);');
		const answered429 = row.byStatus['429'] ?? 0;
		const result: RateLimitedRow = {
			label: spec.label,
			succeeded: regs.distinct,
			failed: ITEMS - regs.distinct,
			duplicates: regs.total - regs.distinct,
			requests: row.requests,
			answered429,
			share429: round(answered429 / Math.max(1, row.requests), 3),
			wallMs: round(row.wallMs, 0),
			wallOverFloor: round(row.wallMs / floorMs, 2),
			cpuMsPerItem: round((row.cpuMs ?? 0) / ITEMS, 3),
		};
		out[spec.id] = result;
		log(`   ${JSON.stringify(result)}`);
	}
	return out;
}
