import type { NodeApiError } from 'n8n-workflow';

import { room } from '../../harness/builders';
import { runNode } from '../../harness/run-workflow';
import { useSimulator } from '../../harness/simulator';

describe('Request Options → Parallel Requests', () => {
	const sim = useSimulator();

	afterEach(() => {
		sim.clearFaults();
		sim.setRateLimit(null);
	});

	it('GET /conferences/:room_id: items 2 and 5 fail, 5 first in time: the error names item 2', async () => {
		const ids = [1, 2, 3, 4, 5, 6].map((n) => sim.addRoom({ name: `Room ${n}` }).id);
		ids[2] = 999_002;
		ids[5] = 999_005;
		// item 2's answer (a 404) comes 400 ms late; item 5's 404 is at once
		sim.injectFault({ type: 'latency', ms: 400 }, { path: '/conferences/999002' });
		const { error, requests } = await runNode(
			sim,
			{
				resource: 'conference',
				operation: 'get',
				room: room('={{ $json.id }}'),
				requestOptions: { parallelMode: 'fixed', parallelRequests: 10 },
			},
			{ input: ids.map((id) => ({ id })) },
		);

		expect(requests.map((r) => `${r.path} ${r.status}`)).toEqual(
			expect.arrayContaining(['/conferences/999002 404', '/conferences/999005 404']),
		);
		expect(error?.name).toBe('NodeApiError');
		expect((error as unknown as NodeApiError).context.itemIndex).toBe(2);
		expect(error?.message).toContain('/conferences/999002');
	});

	it('POST /conferences/:room_id/registration, Auto against a rate limit: every item once, paced, in order', async () => {
		const target = sim.addRoom({ name: 'Limited', registration_enabled: true });
		sim.setRateLimit({ perSecond: 20, burst: 5, retryAfter: 1 });
		const count = 60;
		const { items, error, requests } = await runNode(
			sim,
			{
				resource: 'registration',
				operation: 'register',
				room: room(target.id),
				firstName: '={{ $json.first }}',
				lastName: 'Auto',
				email: '={{ $json.email }}',
				// Parallel Requests stays Auto (the default); more attempts so that a 2-core machine
				// under load cannot turn pacing into a failed item.
				requestOptions: { maxAttempts: 10 },
			},
			{
				input: Array.from({ length: count }, (_, i) => ({
					first: `P${i}`,
					email: `auto-${i}@example.com`,
				})),
			},
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(count);
		expect(items.map((item) => item.pairedItem)).toEqual(
			Array.from({ length: count }, (_, i) => ({ item: i })),
		);
		const posts = requests.filter((r) => r.method === 'POST');
		expect(posts.filter((r) => r.status === 200)).toHaveLength(count);
		expect(sim.state.registrationsOfRoom(target.id)).toHaveLength(count);
		// Paced at the learned rate: fewer 429s than items even on a loaded machine (the bench's
		// 1,000-item run measures the share: 3.8%).
		expect(posts.filter((r) => r.status === 429).length).toBeLessThan(count);
	}, 60_000);
});
