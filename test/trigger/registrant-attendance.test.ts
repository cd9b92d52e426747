/**
 * ClickMeeting Trigger → Registrant Attended or Missed, through n8n-core's poll host: baseline, a session
 * ending (registrants who attended, rejoined under another email case, missed; a walk-in is no registrant;
 * a registration without a session counts for every session of its room), the Emit option, sessions
 * sharing an end date, a fault mid-poll, a restart. Once per (session, registrant).
 */
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, paths } from './helpers';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');

describe.each<Persistence>(['memory', 'saved'])(
	'ClickMeeting Trigger: Registrant Attended or Missed (%s)',
	(persistence) => {
		const sim = useSimulator();

		const rows = (items: Array<{ json: Record<string, unknown> }> | null | undefined) =>
			(items ?? []).map(
				(item) =>
					`${String(item.json.session_id)}:${String(item.json.email)}:${String(item.json.attended)}`,
			);

		it('emits each registrant of a newly ended session once, attended or not, with times and minutes', async () => {
			const now = baseSecond(0);
			const room = sim.addRoom({
				name: 'Launch',
				room_type: 'webinar',
				registration_enabled: true,
				timezone: 'UTC',
			});
			// ended before activation: never emitted
			sim.seedAttendance({ room_id: room.id, start: now - 3 * DAY, sessions: 1 });
			const harness = new PollHarness(sim, {
				parameters: { event: 'registrantAttendance' },
				persistence,
			});
			await harness.activate();
			expect((await harness.poll()).items).toBeNull();

			// a session ends (the scenario's second session, made now): a and b attended (b rejoined as REG.B),
			// c and d missed, the walk-in is not a registrant; the room's sessionless registration is included
			const start = now - 2 * HOUR;
			const scenario = sim.seedAttendance({ room_id: room.id, start, sessions: 1 });
			const session = scenario.sessions[0];
			const outcome = await harness.poll();
			expect(paths(outcome.requests)).toEqual(
				[
					'GET /conferences/active',
					`GET /conferences/${room.id}/sessions`,
					`GET /conferences/${room.id}/registrations/all`,
					`GET /conferences/${room.id}/sessions/${session.id}/attendees`,
				].sort(),
			);
			// expected from the simulator's data
			const registrants = sim.state
				.registrationsOfRoom(room.id)
				.filter((r) => r.session_id === session.id || r.session_id === null);
			const attendeeEmails = new Set(session.attendees.map((a) => a.email.toLowerCase()));
			expect(rows(outcome.items).sort()).toEqual(
				registrants
					.map((r) => `${session.id}:${r.email}:${attendeeEmails.has(r.email.toLowerCase())}`)
					.sort(),
			);
			expect(outcome.items).toHaveLength(6);
			const b = outcome.items!.find((item) => item.json.email === 'reg.b.0@example.com')!.json;
			expect(b).toMatchObject({
				attended: true,
				join_date: iso(start + 5 * 60_000),
				leave_date: iso(start + 50 * 60_000),
				minutes_in_session: 35,
				session_id: session.id,
				registration_session_id: session.id,
				session_end_date: iso(start + HOUR),
				room_id: room.id,
				room_name: 'Launch',
				url: expect.stringMatching(/\?r=/),
			});
			const c = outcome.items!.find((item) => item.json.email === 'reg.c.0@example.com')!.json;
			expect(c).toMatchObject({
				attended: false,
				join_date: null,
				leave_date: null,
				minutes_in_session: 0,
			});
			expect(
				outcome.items!.find((item) => item.json.email === 'nosession@example.com')!.json,
			).toMatchObject({ attended: false, registration_session_id: null });
			expect((await harness.poll()).items).toBeNull();

			// two sessions ending in the same second; the attendee list of one fails: nothing, then both once
			const same = now - HOUR / 2;
			const s2 = sim.addSession(room.id, {
				start_date: same - HOUR,
				end_date: same,
				attendees: [{ email: 'x@example.com' }],
			});
			const s3 = sim.addSession(room.id, {
				start_date: same - HOUR,
				end_date: same,
				attendees: [],
			});
			sim.addRegistration(room.id, { email: 'X@Example.com', session_id: s2.id });
			sim.addRegistration(room.id, { email: 'y@example.com', session_id: s3.id });
			sim.injectFault(
				{ type: 'status', status: 500, count: 5 },
				{ method: 'GET', path: `/conferences/${room.id}/sessions/${s3.id}/attendees` },
			);
			const faulted = await harness.poll();
			expect(faulted.items).toBeNull();
			expect(faulted.error).toBeDefined();
			sim.clearFaults();
			const both = await harness.poll();
			// each session: its own registrant, plus the room's registrations without a session (the room has two,
			// one from each scenario), from the simulator's data
			const expectedRows = [s2, s3].flatMap((s) =>
				sim.state
					.registrationsOfRoom(room.id)
					.filter((r) => r.session_id === s.id || r.session_id === null)
					.map(
						(r) =>
							`${s.id}:${r.email}:${s.attendees.some((a) => a.email.toLowerCase() === r.email.toLowerCase())}`,
					),
			);
			expect(expectedRows).toHaveLength(6);
			expect(rows(both.items).sort()).toEqual(expectedRows.sort());
			expect(rows(both.items)).toContain(`${s2.id}:X@Example.com:true`);
			harness.restart();
			expect((await harness.poll()).items).toBeNull();
			const emitted = harness.emissions
				.flat()
				.map((item) => `${String(item.json.session_id)}:${String(item.json.id)}`);
			expect(new Set(emitted).size).toBe(emitted.length);
			expect(emitted).toHaveLength(12);
		});

		it('Emit: only attended, or only missed', async () => {
			const now = baseSecond(0);
			const room = sim.addRoom({ registration_enabled: true, timezone: 'UTC' });
			const only = async (attendance: string) => {
				const harness = new PollHarness(sim, {
					parameters: { event: 'registrantAttendance', attendance },
					persistence,
				});
				await harness.activate();
				expect((await harness.poll()).items).toBeNull();
				return harness;
			};
			const attended = await only('attended');
			const missed = await only('missed');
			const session = sim.seedAttendance({ room_id: room.id, start: now - 2 * HOUR, sessions: 1 })
				.sessions[0];
			expect(rows((await attended.poll()).items).sort()).toEqual([
				`${session.id}:reg.a.0@example.com:true`,
				`${session.id}:reg.b.0@example.com:true`,
			]);
			expect(rows((await missed.poll()).items).sort()).toEqual(
				[
					`${session.id}:reg.c.0@example.com:false`,
					`${session.id}:reg.d.0@example.com:false`,
					`${session.id}:nosession@example.com:false`,
				].sort(),
			);
		});

		it('a room without registration is not read for registrants; manual mode gives the newest session’s registrants', async () => {
			const now = baseSecond(0);
			const plain = sim.addRoom({ registration_enabled: false });
			sim.addSession(plain.id, {
				start_date: now - 2 * HOUR,
				end_date: now - HOUR,
				attendees: [{}],
			});
			const harness = new PollHarness(sim, {
				parameters: { event: 'registrantAttendance' },
				persistence,
			});
			await harness.activate();
			sim.addSession(plain.id, { start_date: now - HOUR, end_date: now - 1000, attendees: [{}] });
			const outcome = await harness.poll();
			expect(outcome.items).toBeNull();
			expect(
				outcome.requests.some(
					(r) => r.path.includes('registrations') || r.path.endsWith('/attendees'),
				),
			).toBe(false);

			const room = sim.addRoom({ registration_enabled: true, timezone: 'UTC' });
			const session = sim.seedAttendance({ room_id: room.id, start: now - 3 * HOUR, sessions: 1 })
				.sessions[0];
			const manual = await harness.manual();
			expect(manual.items).toHaveLength(5);
			expect(manual.items!.every((item) => item.json.session_id === session.id)).toBe(true);
		});
	},
);
