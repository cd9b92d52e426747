import { runNode } from '../../harness/run-workflow';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

const START = Date.UTC(2024, 2, 1, 10, 0);

describe('Attendee: Get Many across all sessions (GET /conferences/:room_id/sessions, then GET /conferences/:room_id/sessions/:session_id/attendees each)', () => {
	const sim = useSimulator();
	let roomId: number;
	let sessionIds: number[];

	beforeEach(() => {
		const scenario = sim.seedAttendance({ start: START, sessions: 3 });
		roomId = scenario.room.id;
		sessionIds = scenario.sessions.map((s) => s.id);
	});

	const base = () => ({
		resource: 'attendee',
		operation: 'getAll',
		room: room(roomId),
		session: '',
		returnAll: true,
	});
	/** What the simulator holds, in the API's order: [session id, uid, email]. */
	const expected = () =>
		sim.state.sessionsOfRoom(roomId).flatMap((s) => s.attendees.map((a) => [s.id, a.uid, a.email]));

	it('reads the session list, then every session’s attendees: one item per attendee with its session id', async () => {
		const { items, error, requests } = await runNode(sim, base());

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([
			`GET /conferences/${roomId}/sessions 200`,
			...sessionIds.map((id) => `GET /conferences/${roomId}/sessions/${id}/attendees 200`),
		]);
		expect(expected()).toHaveLength(18);
		expect(items.map((item) => [item.json.session_id, item.json.id, item.json.email])).toEqual(
			expected(),
		);
		expect(items[4].json).toEqual({
			id: sim.state.sessions.get(sessionIds[0])!.attendees[4].uid,
			session_id: sessionIds[0],
			email: 'REG.B.0@Example.com',
			nickname: 'B0',
			role: 'listener',
			rating: null,
			start_date: '2024-03-01T10:30:00+00:00',
			end_date: '2024-03-01T10:50:00+00:00',
		});
	});

	it('stops reading sessions once the Limit is reached', async () => {
		const { items, requests } = await runNode(sim, { ...base(), returnAll: false, limit: 7 });

		expect(requests.map((r) => r.path)).toEqual([
			`/conferences/${roomId}/sessions`,
			`/conferences/${roomId}/sessions/${sessionIds[0]}/attendees`,
			`/conferences/${roomId}/sessions/${sessionIds[1]}/attendees`,
		]);
		expect(items.map((item) => [item.json.session_id, item.json.id, item.json.email])).toEqual(
			expected().slice(0, 7),
		);
	});

	it('a Limit of exactly one session’s attendees reads no further session', async () => {
		const { items, requests } = await runNode(sim, { ...base(), returnAll: false, limit: 6 });
		expect(requests).toHaveLength(2);
		expect(items).toHaveLength(6);
	});

	it('gives the full objects their session_id when Simplify is off, and splits poll answers across sessions', async () => {
		const raw = await runNode(sim, { ...base(), output: 'raw' });
		expect(raw.items.map((item) => [item.json.session_id, item.json.uid])).toEqual(
			expected().map(([s, uid]) => [s, uid]),
		);
		expect(raw.items[1].json).toMatchObject({
			email: 'reg.a.0@example.com',
			rating_comment: 'Great',
			polls: expect.any(Array),
		});

		const split = await runNode(sim, { ...base(), options: { splitPollAnswers: true } });
		const answers = sim.state
			.sessionsOfRoom(roomId)
			.flatMap((s) =>
				s.attendees.flatMap((a) =>
					(a.polls ?? []).flatMap((p) =>
						p.questions.flatMap((q) => q.answers.map((x) => [s.id, a.email, q.question, x.value])),
					),
				),
			);
		expect(answers).toHaveLength(21);
		expect(
			split.items.map((item) => [
				item.json.session_id,
				item.json.email,
				item.json.question,
				item.json.answer,
			]),
		).toEqual(answers);
	});

	it('a room without sessions gives no items after one request', async () => {
		const empty = sim.addRoom({ name: 'Empty' });
		const { items, error, requests } = await runNode(sim, { ...base(), room: room(empty.id) });
		expect(error).toBeUndefined();
		expect(requests.map((r) => r.path)).toEqual([`/conferences/${empty.id}/sessions`]);
		expect(items).toEqual([]);
	});

	it('a chosen session still costs one request', async () => {
		const { items, requests } = await runNode(sim, { ...base(), session: String(sessionIds[2]) });
		expect(requests.map((r) => r.path)).toEqual([
			`/conferences/${roomId}/sessions/${sessionIds[2]}/attendees`,
		]);
		expect(items.every((item) => item.json.session_id === sessionIds[2])).toBe(true);
		expect(items).toHaveLength(6);
	});
});
