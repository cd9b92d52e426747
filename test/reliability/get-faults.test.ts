import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';

// Fast retries: waits are capped at 20 ms so the suite does not sleep.
const PING = (requestOptions: Record<string, number> = {}) => ({
	resource: 'ping',
	operation: 'check',
	requestOptions: { maxWaitSeconds: 0.02, ...requestOptions },
});

describe('faults on a read (GET), through the transport', () => {
	const sim = useSimulator({ resetEach: false });

	afterEach(() => sim.clearFaults());

	it.each([
		['429 with Retry-After', { type: 'status' as const, status: 429, retryAfter: '0', count: 2 }],
		['429 without Retry-After', { type: 'status' as const, status: 429, count: 2 }],
		['500', { type: 'status' as const, status: 500, count: 2 }],
		['502', { type: 'status' as const, status: 502, count: 2 }],
		['503', { type: 'status' as const, status: 503, count: 2 }],
		['504', { type: 'status' as const, status: 504, count: 2 }],
		['a dropped connection', { type: 'drop' as const, count: 2 }],
	])('retries %s and succeeds on the third attempt', async (_name, fault) => {
		sim.injectFault(fault, { path: '/ping' });
		const { items, error, requests } = await runNode(sim, PING());

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ ping: 'pong' }]);
		expect(requests).toHaveLength(3);
	});

	it('gives up after Max Attempts and says how many were made', async () => {
		sim.injectFault({ type: 'status', status: 429, retryAfter: '0', count: 10 }, { path: '/ping' });
		const { error, requests } = await runNode(sim, PING({ maxAttempts: 3 }));

		expect(requests).toHaveLength(3);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 429');
		expect(error?.message).toContain('after 3 attempts');
		expect(error?.description).toMatch(/rate limiting.*Retried 2 times/s);
	});

	it('does not retry a 404 or a 422: the answer will not change', async () => {
		sim.injectFault({ type: 'status', status: 404, count: 1 }, { path: '/ping' });
		const { error, requests } = await runNode(sim, PING());

		expect(requests).toHaveLength(1);
		expect(error?.message).toContain('HTTP 404');
		expect(error?.description).toMatch(/does not exist or was deleted/);
	});

	it('reports malformed JSON as an error, not a crash, and does not retry it', async () => {
		sim.injectFault({ type: 'malformed', count: 1 }, { path: '/ping' });
		const { error, requests } = await runNode(sim, PING());

		expect(requests).toHaveLength(1);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('ClickMeeting answered GET /ping with malformed JSON');
	});

	it('times out a slow answer, retries the read, and succeeds', async () => {
		sim.injectFault({ type: 'latency', ms: 1500, count: 1 }, { path: '/ping' });
		const { items, error, requests } = await runNode(sim, PING({ timeoutSeconds: 0.3 }));

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ ping: 'pong' }]);
		expect(requests.length).toBeGreaterThanOrEqual(1);
	});

	it('names the endpoint when every attempt times out', async () => {
		sim.injectFault({ type: 'latency', ms: 1500, count: 5 }, { path: '/ping' });
		const { error } = await runNode(sim, PING({ timeoutSeconds: 0.2, maxAttempts: 2 }));

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('ClickMeeting GET /ping timed out after 2 attempts');
	});
});
