import { runNode } from '../../harness/run-workflow';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

const MINUTE = 60_000;
const START = Date.UTC(2024, 2, 1, 10, 0);
const POLLS = [
	{
		name: 'Feedback',
		questions: [
			{ question: 'How was it?', answers: [{ points: 0, value: 'Great' }] },
			{
				question: 'Topics?',
				answers: [
					{ points: 1, value: 'APIs' },
					{ points: 2, value: 'n8n' },
				],
			},
		],
	},
];

describe('GET /conferences/:room_id/sessions/:session_id/attendees', () => {
	const sim = useSimulator();
	let roomId: number;
	let sessionId: number;
	let uids: string[];

	beforeEach(() => {
		roomId = sim.addRoom({ name: 'Webinar', timezone: 'UTC' }).id;
		const session = sim.addSession(roomId, {
			start_date: START,
			end_date: START + 60 * MINUTE,
			attendees: [
				{
					email: 'ann@example.com',
					nickname: 'ann',
					role: 'presenter',
					start_date: START,
					end_date: START + 50 * MINUTE,
					user_ip: '203.0.113.7',
				},
				{
					email: 'bob@example.com',
					nickname: 'bob',
					rating: '3',
					rating_comment: 'ok',
					polls: POLLS,
					start_date: START + 5 * MINUTE,
					end_date: START + 60 * MINUTE,
					user_ip: '203.0.113.8',
				},
				// bob rejoins: his own second entry has its own dates (the session's list would give the first)
				{
					email: 'bob@example.com',
					nickname: 'bob',
					rating: '4',
					start_date: START + 30 * MINUTE,
					end_date: START + 45 * MINUTE,
					user_ip: '203.0.113.8',
				},
			],
		});
		sessionId = session.id;
		uids = session.attendees.map((attendee) => attendee.uid);
	});

	/** The simplified item of attendee entry `index` (ann; bob; bob rejoining), as the tests expect it. */
	const simplified = (index: 0 | 1 | 2) => {
		const [email, nickname, role, rating, startDate, endDate] = (
			[
				['ann@example.com', 'ann', 'presenter', null, '10:00', '10:50'],
				['bob@example.com', 'bob', 'listener', '3', '10:05', '11:00'],
				['bob@example.com', 'bob', 'listener', '4', '10:30', '10:45'],
			] as const
		)[index];
		return {
			id: uids[index],
			session_id: sessionId,
			email,
			nickname,
			role,
			rating,
			start_date: `2024-03-01T${startDate}:00+00:00`,
			end_date: `2024-03-01T${endDate}:00+00:00`,
		};
	};

	const base = () => ({
		resource: 'attendee',
		operation: 'getAll',
		room: room(roomId),
		session: String(sessionId),
		returnAll: true,
	});

	it("outputs one simplified item per attendee with the attendee's own join and leave dates, in one request", async () => {
		const { items, error, requests } = await runNode(sim, base());

		expect(error).toBeUndefined();
		// one request in the simulator's log: the attendee list
		expect(lines(requests)).toEqual([
			`GET /conferences/${roomId}/sessions/${sessionId}/attendees 200`,
		]);
		expect(sim.requests).toHaveLength(1);
		expect(items.map((item) => item.json)).toEqual([simplified(0), simplified(1), simplified(2)]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	it('outputs the API objects whole when Simplify is off', async () => {
		const { items, requests } = await runNode(sim, { ...base(), output: 'raw' });

		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /conferences/${roomId}/sessions/${sessionId}/attendees`,
		]);
		expect(items).toHaveLength(3);
		expect(items[0].json).toEqual({
			device: expect.any(String),
			uid: uids[0],
			rating: null,
			nickname: 'ann',
			role: 'presenter',
			rating_comment: null,
			email: 'ann@example.com',
			start_date: '2024-03-01T10:00:00+00:00',
			end_date: '2024-03-01T10:50:00+00:00',
			user_ip: '203.0.113.7',
		});
		expect(items[1].json.polls).toEqual(POLLS);
	});

	it('splits out poll answers, one item per answer with the attendee fields', async () => {
		const { items } = await runNode(sim, { ...base(), options: { splitPollAnswers: true } });

		const attendee = simplified(1);
		expect(items.map((item) => item.json)).toEqual([
			{ ...attendee, poll_name: 'Feedback', question: 'How was it?', answer: 'Great', points: 0 },
			{ ...attendee, poll_name: 'Feedback', question: 'Topics?', answer: 'APIs', points: 1 },
			{ ...attendee, poll_name: 'Feedback', question: 'Topics?', answer: 'n8n', points: 2 },
		]);
	});

	it('splits out poll answers of the full objects, without the polls array', async () => {
		const { items } = await runNode(sim, {
			...base(),
			output: 'raw',
			options: { splitPollAnswers: true },
		});

		expect(items).toHaveLength(3);
		expect(items[2].json).toEqual({
			device: expect.any(String),
			uid: uids[1],
			rating: '3',
			nickname: 'bob',
			role: 'listener',
			rating_comment: 'ok',
			email: 'bob@example.com',
			start_date: '2024-03-01T10:05:00+00:00',
			end_date: '2024-03-01T11:00:00+00:00',
			user_ip: '203.0.113.8',
			poll_name: 'Feedback',
			question: 'Topics?',
			answer: 'n8n',
			points: 2,
		});
	});

	it('stops at the limit', async () => {
		const { items } = await runNode(sim, { ...base(), returnAll: false, limit: 1 });
		expect(items.map((item) => item.json.email)).toEqual(['ann@example.com']);
	});

	it('rejects a non-numeric session before any request; Continue On Fail keeps the other items', async () => {
		const { items, error, requests } = await runNode(
			sim,
			{ ...base(), session: '={{ $json.session }}', output: 'raw' },
			{ input: [{ session: 'x' }, { session: sessionId }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			error: 'The "Session" field must be a numeric session ID, got "x"',
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items.slice(1).map((item) => item.pairedItem)).toEqual([
			{ item: 1 },
			{ item: 1 },
			{ item: 1 },
		]);
		expect(requests.map((r) => r.path)).toEqual([
			`/conferences/${roomId}/sessions/${sessionId}/attendees`,
		]);
	});

	it("reports a session of another room with ClickMeeting's 404, in the one request", async () => {
		const otherRoom = sim.addRoom({ name: 'Other' }).id;
		const other = sim.addSession(otherRoom).id;
		const { error, requests } = await runNode(sim, { ...base(), session: String(other) });

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 404');
		expect(error?.message).toContain(`Session ${other} not found in room ${roomId}`);
		expect(requests.map((r) => `${r.path} ${r.status}`)).toEqual([
			`/conferences/${roomId}/sessions/${other}/attendees 404`,
		]);
	});
});
