import { runNode } from '../harness/run-workflow';
import { json, startHostile } from './hostile';

describe('a 429 storm with Parallel Requests and Continue On Fail', () => {
	it('is bounded batch-wide: at most Parallel Requests × Max Attempts requests, every item answered and paired', async () => {
		const server = await startHostile(
			(_req, res) =>
				json(
					res,
					429,
					{ code: 429, name: 'Too Many Requests', errors: [] },
					{ 'Retry-After': '0' },
				),
			{ maxRequests: 200 },
		);
		try {
			const { items, error } = await runNode(
				server.asSim(),
				{
					resource: 'ping',
					operation: 'check',
					requestOptions: { parallelRequests: 3, maxAttempts: 2, maxWaitSeconds: 0.02 },
				},
				{ continueOnFail: true, input: Array.from({ length: 20 }, (_, i) => ({ i })) },
			);

			expect(error).toBeUndefined();
			expect(server.requests.length).toBeLessThanOrEqual(3 * 2);
			expect(items).toHaveLength(20);
			expect(items.map((item) => item.pairedItem)).toEqual(
				Array.from({ length: 20 }, (_, i) => ({ item: i })),
			);
			expect(items.every((item) => typeof item.json.error === 'string')).toBe(true);
			expect(
				items.filter((item) =>
					String(item.json.error).startsWith('Not sent: ClickMeeting was rate limiting'),
				).length,
			).toBeGreaterThanOrEqual(20 - 3);
		} finally {
			await server.close();
		}
	});
});
