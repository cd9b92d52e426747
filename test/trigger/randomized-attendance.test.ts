/**
 * New Attendee and Registrant Attended or Missed over 200+ polls with random sessions, attendees,
 * registrations (shared end dates, rejoins, email case), random faults on every endpoint they read and
 * random restarts, under both persistence models: each (session, attendee) and (session, registrant)
 * emitted exactly once, nothing from sessions ended before activation.
 */
import type { INodeExecutionData } from 'n8n-workflow';

import type { ClickMeetingSimulator, Room } from '../../simulator';
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { drain, expectExactlyOnce, itExactlyOnce, randomPoll, randomSource } from './helpers';

const POLLS = 200;
const HOUR = 3600_000;

type Kind = 'newAttendee' | 'registrantAttendance';
interface Run {
	kind: Kind;
	persistence: Persistence;
	commitOnNull?: boolean;
	seed: number;
}

const keyOf = (kind: Kind, item: INodeExecutionData): string =>
	kind === 'newAttendee'
		? `${String(item.json.session_id)}:${String(item.json.uid)}`
		: `${String(item.json.session_id)}:${String(item.json.id)}:${String(item.json.attended)}`;

async function randomRun(sim: ClickMeetingSimulator, run: Run) {
	const { random, pick, tick } = randomSource(run.seed);
	const rooms: Room[] = [];
	const addRoom = () => {
		const room = sim.addRoom({ registration_enabled: true, timezone: 'UTC' });
		rooms.push(room);
		return room;
	};
	const people = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay'];
	const sessionless: Array<{ roomId: number; id: number }> = [];
	const expected = new Set<string>();
	const endedAfter: Array<{ roomId: number; sessionId: number }> = [];

	const addSession = (room: Room, afterActivation: boolean) => {
		const end = tick();
		const attendees = people
			.filter(() => random() < 0.5)
			.flatMap((name) => {
				const email = random() < 0.3 ? `${name.toUpperCase()}@Example.com` : `${name}@example.com`;
				const visit = {
					email,
					start_date: end - HOUR + Math.floor(random() * 20) * 60_000,
					end_date: end - Math.floor(random() * 20) * 60_000,
				};
				// some rejoin
				return random() < 0.2 ? [visit, { ...visit, start_date: visit.end_date }] : [visit];
			});
		const session = sim.addSession(room.id, { start_date: end - HOUR, end_date: end, attendees });
		for (const name of people)
			if (random() < 0.4)
				sim.addRegistration(room.id, { email: `${name}@example.com`, session_id: session.id });
		if (random() < 0.05)
			sessionless.push({
				roomId: room.id,
				id: sim.addRegistration(room.id, { session_id: null, registration_date: tick() }).id,
			});
		if (afterActivation) endedAfter.push({ roomId: room.id, sessionId: session.id });
	};

	for (let i = 0; i < 3; i++) addRoom();
	for (let i = 0; i < 6; i++) addSession(pick(rooms), false);

	const harness = new PollHarness(sim, {
		parameters: { event: run.kind },
		persistence: run.persistence,
		commitOnNull: run.commitOnNull,
	});
	await harness.activate();

	const emitted: string[] = [];
	let failures = 0;
	for (let poll = 0; poll < POLLS; poll++) {
		const news = random() < 0.5 ? Math.floor(random() * 3) : 0;
		for (let i = 0; i < news; i++) addSession(pick(rooms), true);
		if (random() < 0.015) addSession(addRoom(), true);
		const roll = random();
		const room = pick(rooms);
		if (roll < 0.08)
			sim.injectFault(
				{ type: 'status', status: pick([404, 422]), count: 1 },
				{ method: 'GET', path: new RegExp(`^/conferences/${room.id}/sessions/\\d+/attendees$`) },
			);
		else if (roll < 0.13)
			sim.injectFault(
				{ type: 'status', status: 422, count: 1 },
				{ method: 'GET', path: `/conferences/${room.id}/sessions` },
			);
		else if (roll < 0.18)
			sim.injectFault(
				{ type: 'status', status: 422, count: 1 },
				{ method: 'GET', path: `/conferences/${room.id}/registrations/all` },
			);
		else if (roll < 0.2)
			sim.injectFault({ type: 'malformed', count: 1 }, { path: '/conferences/active' });

		failures += await randomPoll(sim, harness, run, random, emitted, (item) =>
			keyOf(run.kind, item),
		);
	}
	await drain(harness, 3, emitted, (item) => keyOf(run.kind, item));

	// expected from the simulator's final data
	for (const { roomId, sessionId } of endedAfter) {
		const session = sim.state.sessions.get(sessionId)!;
		if (run.kind === 'newAttendee') {
			for (const a of session.attendees) expected.add(`${sessionId}:${a.uid}`);
			continue;
		}
		const emails = new Set(session.attendees.map((a) => a.email.toLowerCase()));
		for (const r of sim.state.registrationsOfRoom(roomId)) {
			if (r.session_id !== sessionId && r.session_id !== null) continue;
			// a registration without a session counts for sessions that ended after it was made
			if (r.session_id === null && r.registration_date >= session.end_date) continue;
			expected.add(`${sessionId}:${r.id}:${emails.has(r.email.toLowerCase())}`);
		}
	}
	return {
		emitted,
		expected: [...expected],
		failures,
		sessions: endedAfter.length,
		sessionless: sessionless.length,
	};
}

describe('ClickMeeting Trigger: New Attendee and Registrant Attended or Missed, randomized exactly-once', () => {
	const sim = useSimulator();

	itExactlyOnce<Run>(
		{
			'New Attendee, in-memory with restarts': {
				kind: 'newAttendee',
				persistence: 'memory',
				seed: 11,
			},
			'New Attendee, each poll from the saved copy': {
				kind: 'newAttendee',
				persistence: 'saved',
				seed: 12,
			},
			'Registrant Attended or Missed, in-memory with restarts': {
				kind: 'registrantAttendance',
				persistence: 'memory',
				seed: 13,
			},
			'Registrant Attended or Missed, saved copy with null polls committed': {
				kind: 'registrantAttendance',
				persistence: 'saved',
				commitOnNull: true,
				seed: 14,
			},
		},
		120_000,
		async (run) => {
			const { emitted, expected, failures, sessions, sessionless } = await randomRun(sim, run);
			expect(sessionless).toBeGreaterThan(2);
			expect(failures).toBeGreaterThan(10);
			expect(sessions).toBeGreaterThan(80);
			expect(expected.length).toBeGreaterThan(150);
			expectExactlyOnce(emitted, expected);
		},
	);
});
