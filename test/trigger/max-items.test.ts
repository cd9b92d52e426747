/**
 * Max Items per Poll, for every event but PDF Report Finished (tested with the PDF tests): a poll
 * emits at most that many items, oldest first; the rest wait for the next poll and nothing is lost
 * or repeated, under both persistence models and across restarts. The items' own keys are
 * ClickMeeting's snake_case, and so is every key the trigger adds.
 */
import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { ClickMeetingSimulator, Room } from '../../simulator';
import { addScheduledRoom } from '../../simulator/attendance';
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, SECOND } from './helpers';

const HOUR = 3600_000;

interface Case {
	parameters: INodeParameters;
	/** Rooms and data before activation. */
	before(sim: ClickMeetingSimulator): Room;
	/** Creates the events after activation; returns the expected item keys, oldest first. */
	after(sim: ClickMeetingSimulator, room: Room): string[];
	key(item: INodeExecutionData): string;
	max: number;
	/** The items per poll until drained. */
	perPoll: number[];
}

const byId = (item: INodeExecutionData) => String(item.json.id);
const t0 = () => baseSecond(-3 * 3600);

/** Sessions ended one after another, each with two registrants (one attends) and two attendees. */
function endedSessions(sim: ClickMeetingSimulator, room: Room, count: number): string[] {
	const keys: string[] = [];
	for (let k = 0; k < count; k++) {
		const end = t0() + 60 * SECOND + k * SECOND;
		const s = sim.addSession(room.id, {
			start_date: end - HOUR,
			end_date: end,
			attendees: [
				{ email: `a${k}@example.com`, start_date: end - HOUR, end_date: end },
				{ email: `walk${k}@example.com`, start_date: end - HOUR, end_date: end },
			],
		});
		for (const who of [`a${k}@example.com`, `b${k}@example.com`]) {
			sim.addRegistration(room.id, {
				email: who,
				session_id: s.id,
				registration_date: end - 2 * HOUR,
			});
			keys.push(`${s.id}:${who}`);
		}
	}
	return keys;
}

const CASES: Array<[string, Case]> = [
	[
		'New Registration',
		{
			parameters: { event: 'registration' },
			before: (sim) => {
				const room = sim.addRoom({ registration_enabled: true });
				sim.addRegistration(room.id, { registration_date: t0() });
				return room;
			},
			after: (sim, room) =>
				// three share one second
				[1, 2, 2, 2, 3].map((s) =>
					String(sim.addRegistration(room.id, { registration_date: t0() + s * SECOND }).id),
				),
			key: byId,
			max: 2,
			perPoll: [2, 2, 1],
		},
	],
	[
		'New Recording',
		{
			parameters: { event: 'recording' },
			before: (sim) => {
				const room = sim.addRoom();
				sim.addRecording(room.id);
				return room;
			},
			after: (sim, room) => [1, 2, 3, 4, 5].map(() => String(sim.addRecording(room.id).id)),
			key: byId,
			max: 2,
			perPoll: [2, 2, 1],
		},
	],
	[
		'Session Ended',
		{
			parameters: { event: 'sessionEnded' },
			before: (sim) => {
				const room = sim.addRoom();
				sim.addSession(room.id, { start_date: t0() - HOUR, end_date: t0() });
				return room;
			},
			after: (sim, room) =>
				[1, 2, 2, 3, 4].map((s) =>
					String(
						sim.addSession(room.id, {
							start_date: t0() - HOUR,
							end_date: t0() + s * SECOND,
						}).id,
					),
				),
			key: byId,
			max: 3,
			perPoll: [3, 2],
		},
	],
	[
		'New Room',
		{
			parameters: { event: 'newRoom' },
			before: (sim) => sim.addRoom({ created_at: t0() }),
			after: (sim) =>
				[1, 1, 2, 3, 4].map((s) => String(sim.addRoom({ created_at: t0() + s * SECOND }).id)),
			key: byId,
			max: 2,
			perPoll: [2, 2, 1],
		},
	],
	[
		'Room Starting Soon',
		{
			parameters: { event: 'roomStartingSoon', leadMinutes: 60 },
			before: (sim) => addScheduledRoom(sim.state, 10),
			after: (sim) => [20, 21, 22, 23, 24].map((m) => String(addScheduledRoom(sim.state, m).id)),
			key: byId,
			max: 2,
			perPoll: [2, 2, 1],
		},
	],
	[
		'New Attendee (whole sessions, at least one a poll)',
		{
			parameters: { event: 'newAttendee' },
			before: (sim) => {
				const room = sim.addRoom({ registration_enabled: true });
				endedSessions(sim, room, 1);
				return room;
			},
			after: (sim, room) => {
				const first = sim.state.sessions.size;
				endedSessions(sim, room, 3);
				const ids = [...sim.state.sessions.values()].slice(first).map((s) => s.id);
				return ids.flatMap((id, k) => [`${id}:a${k}@example.com`, `${id}:walk${k}@example.com`]);
			},
			key: (item) => `${String(item.json.session_id)}:${String(item.json.email)}`,
			max: 3,
			perPoll: [2, 2, 2],
		},
	],
	[
		'Registrant Attended or Missed (whole sessions)',
		{
			parameters: { event: 'registrantAttendance' },
			before: (sim) => {
				const room = sim.addRoom({ registration_enabled: true });
				endedSessions(sim, room, 1);
				return room;
			},
			after: (sim, room) => endedSessions(sim, room, 3),
			key: (item) => `${String(item.json.session_id)}:${String(item.json.email)}`,
			max: 4,
			perPoll: [4, 2],
		},
	],
];

describe('ClickMeeting Trigger: Max Items per Poll', () => {
	const sim = useSimulator();

	describe.each<Persistence>(['memory', 'saved'])('%s', (persistence) => {
		it.each(CASES)('%s: the rest waits for the next poll, nothing lost', async (_name, c) => {
			const room = c.before(sim);
			const harness = new PollHarness(sim, {
				parameters: { ...c.parameters, options: { maxItems: c.max } },
				persistence,
			});
			expect((await harness.activate()).error).toBeUndefined();
			const expected = c.after(sim, room);

			const perPoll: number[] = [];
			const keys: string[] = [];
			for (let poll = 0; poll < c.perPoll.length + 2; poll++) {
				if (persistence === 'memory' && poll === 1) harness.restart();
				const outcome = await harness.poll();
				expect(outcome.error).toBeUndefined();
				if (outcome.items) {
					perPoll.push(outcome.items.length);
					keys.push(...outcome.items.map(c.key));
					for (const item of outcome.items)
						for (const key of Object.keys(item.json)) expect(key).toMatch(/^[a-z0-9_]+$/);
				}
			}
			expect(perPoll).toEqual(c.perPoll);
			expect([...keys].sort()).toEqual([...expected].sort());
			expect(new Set(keys).size).toBe(keys.length);
		});
	});

	it('changing Max Items per Poll keeps the cursors (no new baseline)', async () => {
		const room = sim.addRoom({ registration_enabled: true });
		const harness = new PollHarness(sim, {
			parameters: { event: 'registration', options: { maxItems: 1 } },
		});
		await harness.activate();
		const a = sim.addRegistration(room.id, { registration_date: t0() + SECOND });
		const b = sim.addRegistration(room.id, { registration_date: t0() + 2 * SECOND });
		expect((await harness.poll()).items?.map(byId)).toEqual([String(a.id)]);
		const unlimited = new PollHarness(sim, { parameters: { event: 'registration' } });
		unlimited.saved = harness.saved;
		// the activation's poll continues from the saved cursors: b, and nothing again
		expect((await unlimited.activate('update')).items?.map(byId)).toEqual([String(b.id)]);
		expect((await unlimited.poll()).items).toBeNull();
	});
});
