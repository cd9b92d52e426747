import { useTwoSessions } from '../../fixtures/sessions';
import { room } from '../../harness/builders';
import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:room_id/sessions/:sessoin_id', () => {
	const sim = useSimulator();
	const given = useTwoSessions(sim);

	it('gets the session with attendees and PDF links in one request', async () => {
		const { items, error, requests } = await runOperation(sim, 'session', 'get', {
			room: room(given.roomId),
			session: String(given.sessionIds[0]),
			output: 'raw',
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([
			`GET /conferences/${given.roomId}/sessions/${given.sessionIds[0]} 200`,
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			start_date: '2024-05-06T09:30:00+00:00',
			total_visitors: 1,
			attendees: [expect.objectContaining({ email: 'a@example.com', login: 'visitor1' })],
		});
		// as ClickMeeting sends it: no "id" in the session detail, a pdf map of five languages
		expect(items[0].json).not.toHaveProperty('id');
		expect(Object.keys(items[0].json.pdf as object).sort()).toEqual(['de', 'en', 'es', 'pl', 'ru']);
	});

	it('rejects a non-numeric session ID before any request', async () => {
		const { error, requests } = await runOperation(sim, 'session', 'get', {
			room: room(given.roomId),
			session: 'abc',
		});

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('The "Session" field must be a numeric session ID, got "abc"');
		expect(requests).toHaveLength(0);
	});

	it('rejects a non-numeric room ID before any request', async () => {
		const { error, requests } = await runOperation(sim, 'session', 'get', {
			room: room('={{ "x1" }}'),
			session: '1',
		});

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toContain('"Room"');
		expect(requests).toHaveLength(0);
	});

	it('reports a session of another room as ClickMeeting’s 404, naming the field, in one request', async () => {
		const other = sim.state.sessionsOfRoom(given.roomId + 1)[0].id;
		const { error, requests } = await runOperation(sim, 'session', 'get', {
			room: room(given.roomId),
			session: String(other),
		});

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			`The "Session" field must be a session of room ${given.roomId}, got session ${other} (ClickMeeting answered 404)`,
		);
		expect(lines(requests)).toEqual([`GET /conferences/${given.roomId}/sessions/${other} 404`]);
	});

	it('with Continue On Fail, fails only the bad item', async () => {
		const { items, error } = await runOperation(
			sim,
			'session',
			'get',
			{
				room: room(given.roomId),
				session: '={{ $json.session }}',
			},
			{
				input: [
					{ session: given.sessionIds[1] },
					{ session: 'nope' },
					{ session: given.sessionIds[0] },
				],
				continueOnFail: true,
			},
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json.id).toBe(given.sessionIds[1]);
		expect(items[1].json).toEqual({
			error: 'The "Session" field must be a numeric session ID, got "nope"',
		});
		expect(items[2].json.id).toBe(given.sessionIds[0]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
