/**
 * ClickMeeting Trigger → New Attendee, through n8n-core's poll host (test/harness/poll.ts):
 * baseline, new events, sessions sharing an end date, a fault mid-poll, a restart, under both
 * persistence models. Exactly once per (session, attendee).
 */
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, paths } from './helpers';

const HOUR = 3600_000;
const MINUTE = 60_000;

describe.each<Persistence>(['memory', 'saved'])(
	'ClickMeeting Trigger: New Attendee (%s)',
	(persistence) => {
		const sim = useSimulator();

		const pairs = (items: Array<{ json: Record<string, unknown> }> | null | undefined) =>
			(items ?? []).map((item) => `${String(item.json.session_id)}:${String(item.json.uid)}`);
		const expectedPairs = (sessionIds: number[]) =>
			sessionIds.flatMap((id) =>
				sim.state.sessions.get(id)!.attendees.map((a) => `${id}:${a.uid}`),
			);

		it('baseline, new sessions, a shared end date, a fault mid-poll, a restart: each (session, attendee) once', async () => {
			const room = sim.addRoom({ name: 'Webinar', timezone: 'UTC' });
			const other = sim.addRoom({ name: 'Other', timezone: 'UTC' });
			const now = baseSecond(0);
			const before = sim.seedAttendance({ room_id: room.id, start: now - 30 * HOUR, sessions: 1 })
				.sessions[0];
			const harness = new PollHarness(sim, { parameters: { event: 'newAttendee' }, persistence });
			await harness.activate();
			expect((await harness.poll()).items).toBeNull();

			// a session ends: one item per attendee entry (the rejoin too), with session and room fields, and one
			// more request (its attendees)
			const s1 = sim.addSession(room.id, {
				start_date: now - 2 * HOUR,
				end_date: now - HOUR,
				attendees: [
					{
						email: 'host@example.com',
						role: 'host',
						rating: null,
						start_date: now - 2 * HOUR,
						end_date: now - HOUR,
					},
					{
						email: 'ann@example.com',
						rating: '5',
						start_date: now - 2 * HOUR + 5 * MINUTE,
						end_date: now - HOUR - 30 * MINUTE,
					},
					{
						email: 'ANN@example.com',
						rating: null,
						start_date: now - HOUR - 20 * MINUTE,
						end_date: now - HOUR,
					},
				],
			});
			const first = await harness.poll();
			expect(pairs(first.items)).toEqual(expectedPairs([s1.id]));
			expect(paths(first.requests)).toEqual(
				[
					'GET /conferences/active',
					`GET /conferences/${room.id}/sessions`,
					`GET /conferences/${other.id}/sessions`,
					`GET /conferences/${room.id}/sessions/${s1.id}/attendees`,
				].sort(),
			);
			expect(first.items?.[1].json).toMatchObject({
				uid: s1.attendees[1].uid,
				email: 'ann@example.com',
				role: 'listener',
				rating: '5',
				start_date: new Date(now - 2 * HOUR + 5 * MINUTE).toISOString().replace('.000Z', '+00:00'),
				session_id: s1.id,
				session_end_date: new Date(now - HOUR).toISOString().replace('.000Z', '+00:00'),
				room_id: room.id,
				room_name: 'Webinar',
			});
			expect(first.items?.[0].json.rating).toBeNull();
			expect((await harness.poll()).items).toBeNull();

			// two sessions (two rooms) ending in the same second; the attendee list of one fails: nothing is emitted,
			// the next poll emits both sessions' attendees once
			const same = now - 30 * MINUTE;
			const a = sim.addSession(room.id, {
				start_date: same - HOUR,
				end_date: same,
				attendees: [{}, {}],
			});
			const b = sim.addSession(other.id, {
				start_date: same - HOUR,
				end_date: same,
				attendees: [{}, {}, {}],
			});
			sim.injectFault(
				{ type: 'status', status: 500, count: 5 },
				{ method: 'GET', path: `/conferences/${other.id}/sessions/${b.id}/attendees` },
			);
			const faulted = await harness.poll();
			expect(faulted.items).toBeNull();
			expect(faulted.error).toBeDefined();
			sim.clearFaults();
			const after = await harness.poll();
			expect(pairs(after.items).sort()).toEqual(expectedPairs([a.id, b.id]).sort());
			expect(after.items).toHaveLength(5);

			// a third session with the same end date, seen later
			const c = sim.addSession(room.id, {
				start_date: same - HOUR,
				end_date: same,
				attendees: [{}],
			});
			expect(pairs((await harness.poll()).items)).toEqual(expectedPairs([c.id]));

			// a restart: nothing again
			harness.restart();
			expect((await harness.poll()).items).toBeNull();

			const emitted = harness.emissions
				.flat()
				.map((item) => `${String(item.json.session_id)}:${String(item.json.uid)}`);
			expect(new Set(emitted).size).toBe(emitted.length);
			expect(emitted.sort()).toEqual(expectedPairs([s1.id, a.id, b.id, c.id]).sort());
			expect(emitted.some((pair) => pair.startsWith(`${before.id}:`))).toBe(false);
		});

		it('a session that has not ended yet is not read; it is emitted once it ends', async () => {
			const room = sim.addRoom({ timezone: 'UTC' });
			const now = baseSecond(0);
			const live = sim.addSession(room.id, {
				start_date: now - HOUR,
				end_date: now + HOUR,
				attendees: [{}, {}],
			});
			const harness = new PollHarness(sim, { parameters: { event: 'newAttendee' }, persistence });
			await harness.activate();
			const idle = await harness.poll();
			expect(idle.items).toBeNull();
			expect(idle.requests.some((r) => r.path.endsWith('/attendees'))).toBe(false);
			sim.state.sessions.get(live.id)!.end_date = now - 1000;
			expect(pairs((await harness.poll()).items)).toEqual(expectedPairs([live.id]));
			expect((await harness.poll()).items).toBeNull();
		});

		it('manual mode gives the attendees of the newest ended session with attendees', async () => {
			const room = sim.addRoom({ timezone: 'UTC' });
			const now = baseSecond(0);
			const older = sim.addSession(room.id, {
				start_date: now - 5 * HOUR,
				end_date: now - 4 * HOUR,
				attendees: [{}, {}],
			});
			sim.addSession(room.id, { start_date: now - 2 * HOUR, end_date: now - HOUR });
			const harness = new PollHarness(sim, { parameters: { event: 'newAttendee' }, persistence });
			const manual = await harness.manual();
			expect(pairs(manual.items)).toEqual(expectedPairs([older.id]));
		});
	},
);
