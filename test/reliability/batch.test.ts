import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';
import { room } from '../harness/builders';

/** 100 items through Registration → Register, sequentially and with Parallel Requests. */
describe('batches: Continue On Fail, Parallel Requests, order and pairing', () => {
	const sim = useSimulator({ resetEach: false });

	afterEach(() => sim.clearFaults());

	const register = (roomId: number, parallelRequests: number) => ({
		resource: 'registration',
		operation: 'register',
		room: room(roomId),
		firstName: '={{ $json.first }}',
		lastName: 'Batch',
		email: '={{ $json.email }}',
		requestOptions: { parallelRequests, maxWaitSeconds: 0.05 },
	});
	const people = (tag: string, bad: (index: number) => boolean) =>
		Array.from({ length: 100 }, (_, index) => ({
			first: `P${index}`,
			email: bad(index) ? `broken-${index}-at-example` : `${tag}-${index}@example.com`,
		}));

	it.each([1, 5])(
		'100 items with 10 bad e-mails give 90 results and 10 error items, paired (Parallel Requests %i)',
		async (parallelRequests) => {
			const room = sim.addRoom({ name: `Batch ${parallelRequests}`, registration_enabled: true });
			const input = people(`cof${parallelRequests}`, (index) => index % 10 === 3);
			const { error, items, requests } = await runNode(sim, register(room.id, parallelRequests), {
				input,
				continueOnFail: true,
			});

			expect(error).toBeUndefined();
			expect(items).toHaveLength(100);
			expect(items.map((item) => item.pairedItem)).toEqual(
				input.map((_, index) => ({ item: index })),
			);
			const failed = items.filter((item) => item.json.error);
			expect(failed).toHaveLength(10);
			for (const item of failed) {
				const index = (item.pairedItem as { item: number }).item;
				expect(index % 10).toBe(3);
				expect(String(item.json.error)).toContain(`broken-${index}-at-example`);
			}
			expect(requests.filter((request) => request.method === 'POST')).toHaveLength(90);
			expect(
				[...sim.state.registrations.values()].filter((r) => r.room_id === room.id),
			).toHaveLength(90);
		},
	);

	it('Parallel Requests 10 with 429s in the middle: every item once, in order, paired', async () => {
		const room = sim.addRoom({ name: 'Rate limited', registration_enabled: true });
		const input = people('rl', () => false);
		sim.injectFault(
			{ type: 'status', status: 429, retryAfter: '0', count: 15 },
			{ method: 'POST' },
		);
		const { error, items, requests } = await runNode(sim, register(room.id, 10), { input });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(items.map((item) => item.pairedItem)).toEqual(
			input.map((_, index) => ({ item: index })),
		);
		const posts = requests.filter((request) => request.method === 'POST');
		expect(posts.filter((request) => request.status === 429)).toHaveLength(15);
		expect(posts.filter((request) => request.status === 200)).toHaveLength(100);
		const stored = [...sim.state.registrations.values()].filter((r) => r.room_id === room.id);
		expect(new Set(stored.map((r) => r.email))).toEqual(
			new Set(input.map((person) => person.email)),
		);
		expect(stored).toHaveLength(100);
	});

	it('Parallel Requests really overlaps requests, and 1 never does', async () => {
		sim.options.latencyMs = 30;
		try {
			const inFlight = async (parallelRequests: number) => {
				const room = sim.addRoom({
					name: `Overlap ${parallelRequests}`,
					registration_enabled: true,
				});
				let current = 0;
				let peak = 0;
				const server = (sim as unknown as { server: import('node:http').Server }).server;
				const onRequest = (_req: unknown, res: import('node:http').ServerResponse) => {
					current++;
					peak = Math.max(peak, current);
					res.once('close', () => current--);
				};
				server.prependListener('request', onRequest);
				try {
					const { error } = await runNode(sim, register(room.id, parallelRequests), {
						input: people(`ov${parallelRequests}`, () => false).slice(0, 20),
					});
					expect(error).toBeUndefined();
				} finally {
					server.off('request', onRequest);
				}
				return peak;
			};
			expect(await inFlight(1)).toBe(1);
			const peak = await inFlight(4);
			expect(peak).toBeGreaterThan(1);
			expect(peak).toBeLessThanOrEqual(4);
		} finally {
			sim.options.latencyMs = 0;
		}
	});

	it('without Continue On Fail, the first bad item stops the run and names its index', async () => {
		const room = sim.addRoom({ name: 'Stops', registration_enabled: true });
		const input = people('stop', (index) => index === 7).slice(0, 20);
		const { error } = await runNode(sim, register(room.id, 1), { input });

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toContain('broken-7-at-example');
		expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(7);
		expect([...sim.state.registrations.values()].filter((r) => r.room_id === room.id)).toHaveLength(
			7,
		);
	});
});
