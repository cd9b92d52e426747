/**
 * Session → Get Summary through n8n-core against the simulator. The expected figures are computed
 * here from the simulator's own data by other means (minute sampling for presence, plain loops),
 * not with the node's helpers.
 */
import type { Attendee, Registration } from '../../../simulator';
import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

const MINUTE = 60_000;
const START = Date.UTC(2024, 2, 1, 10, 0);

/** The figures from the stored entries, by sampling every half minute (entries are minute-aligned). */
function expectedSummary(registrations: Registration[], entries: Attendee[]) {
	const key = (e: string) => e.toLowerCase();
	const registered = [...new Set(registrations.map((r) => key(r.email)))];
	const people = [...new Set(entries.map((a) => key(a.email)))];
	const first = Math.min(...entries.map((a) => a.start_date));
	const last = Math.max(...entries.map((a) => a.end_date));
	const present = (email: string, t: number) =>
		entries.some((a) => key(a.email) === email && a.start_date <= t && t < a.end_date);
	const minutes = people.map((email) => {
		let n = 0;
		for (let t = first + MINUTE / 2; t < last; t += MINUTE) if (present(email, t)) n++;
		return n;
	});
	let peak = 0;
	for (let t = first + MINUTE / 2; t < last; t += MINUTE)
		peak = Math.max(peak, people.filter((email) => present(email, t)).length);
	const sorted = [...minutes].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const ratings = entries
		.filter((a) => a.rating !== null && a.rating !== '')
		.map((a) => Number(a.rating));
	const byRole: Record<string, number> = {};
	for (const email of people) {
		const role = entries.find((a) => key(a.email) === email)!.role;
		byRole[role] = (byRole[role] ?? 0) + 1;
	}
	const polls: Array<{
		poll: string;
		question: string;
		responses: number;
		answers: Record<string, number>;
	}> = [];
	for (const a of entries)
		for (const p of a.polls ?? [])
			for (const q of p.questions) {
				let row = polls.find((x) => x.poll === p.name && x.question === q.question);
				if (!row)
					polls.push((row = { poll: p.name, question: q.question, responses: 0, answers: {} }));
				row.responses++;
				for (const x of q.answers) row.answers[x.value] = (row.answers[x.value] ?? 0) + 1;
			}
	const attended = registered.filter((email) => people.includes(email)).length;
	return {
		registrants: registered.length,
		attendees: people.length,
		registrants_attended: attended,
		no_show_count: registered.length - attended,
		unregistered_attendees: people.filter((email) => !registered.includes(email)).length,
		attendance_rate: registered.length
			? Math.round((attended / registered.length) * 10_000) / 10_000
			: null,
		attendees_by_role: byRole,
		average_minutes_in_session:
			Math.round((minutes.reduce((a, b) => a + b, 0) / minutes.length) * 100) / 100,
		median_minutes_in_session:
			sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
		average_rating: Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100,
		rating_count: ratings.length,
		peak_attendees: peak,
		poll_results: polls,
	};
}

describe('GET /conferences/:room_id/sessions/:session_id/registrations and GET /conferences/:room_id/sessions/:session_id/attendees (Session: Get Summary)', () => {
	const sim = useSimulator();

	const run = (roomId: number, sessionId: number | string) =>
		runOperation(sim, 'session', 'getSummary', {
			room: room(roomId),
			session: String(sessionId),
		});

	it('gives the figures of the overlapping scenario in two requests', async () => {
		const scenario = sim.seedAttendance({ start: START, sessions: 2 });
		const session = scenario.sessions[1];
		const { items, error, requests } = await run(scenario.room.id, session.id);

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([
			`GET /conferences/${scenario.room.id}/sessions/${session.id}/registrations 200`,
			`GET /conferences/${scenario.room.id}/sessions/${session.id}/attendees 200`,
		]);
		const registrations = sim.state
			.registrationsOfRoom(scenario.room.id)
			.filter((r) => r.session_id === session.id);
		const expected = expectedSummary(registrations, session.attendees);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			room_id: scenario.room.id,
			session_id: session.id,
			...expected,
		});
		// and the same figures by hand, so the independent computation is checked too
		expect(expected).toMatchObject({
			registrants: 4,
			attendees: 5,
			registrants_attended: 2,
			no_show_count: 2,
			unregistered_attendees: 3,
			attendance_rate: 0.5,
			attendees_by_role: { host: 1, listener: 3, presenter: 1 },
			average_minutes_in_session: 45.2,
			median_minutes_in_session: 56,
			average_rating: 3.67,
			rating_count: 3,
			peak_attendees: 5,
		});
		expect(expected.poll_results).toEqual([
			{
				poll: 'Feedback',
				question: 'How useful was it?',
				responses: 3,
				answers: { 'Very useful': 1, Somewhat: 2 },
			},
			{ poll: 'Feedback', question: 'Topics?', responses: 3, answers: { APIs: 3, Automations: 1 } },
		]);
	});

	it('matches registrants by email case-insensitively, merges a rejoin overlapping itself, and counts people, not entries, for the peak', async () => {
		const r = sim.addRoom({ timezone: 'Europe/Warsaw', registration_enabled: true });
		const at = (m: number) => START + m * MINUTE;
		const session = sim.addSession(r.id, {
			start_date: at(0),
			end_date: at(90),
			attendees: [
				{
					email: 'Ann@Example.com',
					role: 'listener',
					rating: '1',
					start_date: at(0),
					end_date: at(40),
				},
				// a second tab overlapping her first entry: counted once, 0..50 = 50 minutes
				{
					email: 'ann@example.com',
					role: 'listener',
					rating: '3',
					start_date: at(30),
					end_date: at(50),
				},
				{
					email: 'bo@example.com',
					role: 'listener',
					rating: null,
					start_date: at(40),
					end_date: at(41),
				},
				// joins the instant Bo leaves: not concurrent with him
				{
					email: 'cy@example.com',
					role: 'listener',
					rating: '',
					start_date: at(41),
					end_date: at(90),
				},
			],
		});
		sim.addRegistration(r.id, { email: 'ANN@example.COM', session_id: session.id });
		sim.addRegistration(r.id, { email: 'dee@example.com', session_id: session.id });
		sim.addRegistration(r.id, { email: 'elsewhere@example.com', session_id: null });

		const { items, requests } = await run(r.id, session.id);
		expect(requests).toHaveLength(2);
		const registrations = sim.state
			.registrationsOfRoom(r.id)
			.filter((x) => x.session_id === session.id);
		expect(items[0].json).toEqual({
			room_id: r.id,
			session_id: session.id,
			...expectedSummary(registrations, session.attendees),
		});
		expect(items[0].json).toMatchObject({
			registrants: 2,
			attendees: 3,
			no_show_count: 1,
			attendance_rate: 0.5,
			average_minutes_in_session: 33.33,
			median_minutes_in_session: 49,
			average_rating: 2,
			rating_count: 2,
			peak_attendees: 2,
			poll_results: [],
		});
	});

	it('a session without registrants or attendees gives null averages and rate', async () => {
		const r = sim.addRoom();
		const session = sim.addSession(r.id, { start_date: START, end_date: START + 60 * MINUTE });
		const { items } = await run(r.id, session.id);
		expect(items[0].json).toEqual({
			room_id: r.id,
			session_id: session.id,
			registrants: 0,
			attendees: 0,
			registrants_attended: 0,
			no_show_count: 0,
			unregistered_attendees: 0,
			attendance_rate: null,
			attendees_by_role: {},
			average_minutes_in_session: null,
			median_minutes_in_session: null,
			average_rating: null,
			rating_count: 0,
			peak_attendees: 0,
			poll_results: [],
		});
	});

	it('fails naming the Session field before any request when it is not an ID', async () => {
		const r = sim.addRoom();
		const { error, requests } = await run(r.id, 'abc');
		expect(error?.message).toContain('"Session"');
		expect(requests).toHaveLength(0);
	});

	it('a session of another room: the API’s 404 becomes an error saying what was not found', async () => {
		const a = sim.addRoom();
		const b = sim.addRoom();
		const session = sim.addSession(b.id, {});
		const { error, requests } = await run(a.id, session.id);
		expect(error).toBeDefined();
		expect(error!.message.toLowerCase()).toMatch(/not found|session/);
		expect(requests.map((x) => x.status)).toEqual([404]);
	});
});
