import { useThreeChats } from '../../fixtures/chats';
import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /chats', () => {
	const sim = useSimulator();
	const sessions = useThreeChats(sim);

	it('lists every chat, one item per chat, as the API returns it', async () => {
		const { error, items, requests } = await runOperation(sim, 'chat', 'getAll', {
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['GET /chats 200']);
		expect(requests[0].query).toEqual({});
		expect(items.map((item) => item.json.id)).toEqual([
			sessions.launch,
			sessions.weekly,
			sessions.old,
		]);
		expect(items[0].json).toEqual({
			time: expect.any(String),
			id: sessions.launch,
			download_link: `${sim.baseUrl}/chats/${sessions.launch}`,
			timezone: 'UTC',
			date: '2024-05-20',
			name: 'Product Launch Webinar',
		});
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('filters by room name (not case-sensitive) on the node side', async () => {
		const { items, requests } = await runOperation(sim, 'chat', 'getAll', {
			returnAll: true,
			filters: { roomName: 'team SYNC' },
		});
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /chats']);
		expect(items.map((item) => item.json.id)).toEqual([sessions.weekly, sessions.old]);
	});

	it('filters by a date range, both ends included', async () => {
		const { items } = await runOperation(sim, 'chat', 'getAll', {
			returnAll: true,
			filters: { fromDate: '2024-05-10T00:00:00', toDate: '2024-05-20T00:00:00' },
		});
		expect(items.map((item) => item.json.id)).toEqual([sessions.launch, sessions.weekly]);

		const since = await runOperation(sim, 'chat', 'getAll', {
			returnAll: true,
			filters: { fromDate: '2024-05-11T00:00:00', roomName: 'weekly' },
		});
		expect(since.items).toEqual([]);
	});

	it('applies the limit after filtering', async () => {
		const { items } = await runOperation(sim, 'chat', 'getAll', {
			returnAll: false,
			limit: 1,
			filters: { roomName: 'weekly' },
		});
		expect(items.map((item) => item.json.id)).toEqual([sessions.weekly]);
	});

	it('rejects a date range that ends before it starts, before any request', async () => {
		const { error, requests } = await runOperation(sim, 'chat', 'getAll', {
			returnAll: true,
			filters: { fromDate: '2024-06-01T00:00:00', toDate: '2024-05-01T00:00:00' },
		});
		expect(error?.message).toBe(
			'The "From Date" field (2024-06-01) is after the "To Date" field (2024-05-01)',
		);
		expect(requests).toEqual([]);
	});
});
