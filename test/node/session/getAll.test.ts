import { useTwoSessions } from '../../fixtures/sessions';
import { room } from '../../harness/builders';
import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:room_id/sessions', () => {
	const sim = useSimulator();
	const given = useTwoSessions(sim);

	it('outputs one item per session of the room, as the API gives them', async () => {
		const { items, error, requests } = await runOperation(sim, 'session', 'getAll', {
			room: room(given.roomId),
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`GET /conferences/${given.roomId}/sessions 200`]);
		expect(items.map((item) => item.json)).toEqual([
			{
				max_visitors: 1,
				id: given.sessionIds[0],
				start_date: '2024-05-06T09:30:00+00:00',
				end_date: '2024-05-06T10:30:00+00:00',
				total_visitors: 1,
			},
			{
				max_visitors: 0,
				id: given.sessionIds[1],
				start_date: '2024-05-07T09:30:00+00:00',
				end_date: '2024-05-07T10:30:00+00:00',
				total_visitors: 0,
			},
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('stops at the limit', async () => {
		const { items } = await runOperation(sim, 'session', 'getAll', {
			room: room(given.roomId),
			returnAll: false,
			limit: 1,
		});
		expect(items.map((item) => item.json.id)).toEqual([given.sessionIds[0]]);
	});

	it('reports an unknown room as a NodeApiError with the API text', async () => {
		const { error, requests } = await runOperation(sim, 'session', 'getAll', {
			room: room(999),
			returnAll: true,
		});

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 404');
		expect(error?.message).toContain('Room 999 not found');
		expect(requests).toHaveLength(1);
	});
});
