import { NodeOperationError } from 'n8n-workflow';

import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, ids, paths } from './helpers';

const HOUR = 3600_000;

describe('ClickMeeting Trigger: Session Ended and New Recording', () => {
	const sim = useSimulator();

	it('Session Ended: emits a session once it has an end date that passed, once', async () => {
		const room = sim.addRoom({ name: 'Team' });
		const now = baseSecond(0);
		const old = sim.addSession(room.id, { start_date: now - 5 * HOUR, end_date: now - 4 * HOUR });
		const upcoming = sim.addSession(room.id, {
			start_date: now + 24 * HOUR,
			end_date: now + 25 * HOUR,
		});
		const harness = new PollHarness(sim, { parameters: { event: 'sessionEnded' } });
		await harness.activate();
		expect((await harness.poll()).items).toBeNull();

		const ended = sim.addSession(room.id, { start_date: now - 2 * HOUR, end_date: now - HOUR });
		const outcome = await harness.poll();
		expect(ids(outcome.items)).toEqual([ended.id]);
		expect(outcome.items?.[0].json).toMatchObject({
			id: ended.id,
			room_id: room.id,
			room_name: 'Team',
		});
		expect(paths(outcome.requests)).toEqual(
			['GET /conferences/active', `GET /conferences/${room.id}/sessions`].sort(),
		);
		expect((await harness.poll()).items).toBeNull();

		// the upcoming session ends (its end date moves into the past, as after a real session)
		const session = sim.state.sessions.get(upcoming.id);
		if (session) session.end_date = now - 1000;
		expect(ids((await harness.poll()).items)).toEqual([upcoming.id]);

		// two sessions ending in the same second, seen in two polls
		const same = now - 500;
		const a = sim.addSession(room.id, { start_date: same - HOUR, end_date: same });
		expect(ids((await harness.poll()).items)).toEqual([a.id]);
		const b = sim.addSession(room.id, { start_date: same - HOUR, end_date: same });
		expect(ids((await harness.poll()).items)).toEqual([b.id]);
		harness.restart();
		expect((await harness.poll()).items).toBeNull();
		expect(harness.emissions.flat().map((item) => item.json.id)).not.toContain(old.id);

		const manual = await harness.manual();
		expect(ids(manual.items)).toEqual([b.id]);
	});

	it('New Recording: emits each recording that was not there before, in every watched room', async () => {
		const rooms = [sim.addRoom(), sim.addRoom()];
		const old = sim.addRecording(rooms[0].id);
		const harness = new PollHarness(sim, { parameters: { event: 'recording' } });
		const activation = await harness.activate();
		expect(activation.requests).toHaveLength(3);
		const r1 = sim.addRecording(rooms[1].id);
		const r2 = sim.addRecording(rooms[0].id);
		const outcome = await harness.poll();
		expect(ids(outcome.items)).toEqual([r1.id, r2.id]);
		expect(outcome.items?.map((item) => item.json.room_id)).toEqual([rooms[1].id, rooms[0].id]);
		// ClickMeeting sends recording_file_size as a string: the trigger emits a number
		expect(outcome.items?.map((item) => item.json.recording_file_size)).toEqual([
			r1.recording_file_size,
			r2.recording_file_size,
		]);
		expect(outcome.requests).toHaveLength(3);
		expect((await harness.poll()).items).toBeNull();

		const created = sim.addRoom();
		const r3 = sim.addRecording(created.id);
		expect(ids((await harness.poll()).items)).toEqual([r3.id]);
		expect(harness.emissions.flat().map((item) => item.json.id)).not.toContain(old.id);

		const stored = harness.staticData;
		const manual = await harness.manual();
		expect(ids(manual.items)).toEqual([r3.id]);
		expect(harness.staticData).toEqual(stored);
	});

	it('Fetch Test Event without any recording says so', async () => {
		sim.addRoom();
		const error = await new PollHarness(sim, { parameters: { event: 'recording' } })
			.manual()
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe('No recording found in the watched rooms');
	});

	it('changing what the trigger watches takes a new baseline', async () => {
		const room = sim.addRoom({ registration_enabled: true });
		sim.addRecording(room.id);
		sim.addRegistration(room.id);
		const harness = new PollHarness(sim, { parameters: { event: 'registration' } });
		await harness.activate();
		const changed = new PollHarness(sim, { parameters: { event: 'recording' } });
		changed.saved = harness.saved;
		await changed.activate('update');
		expect(JSON.stringify(changed.staticData)).toContain('"event\\":\\"recording');
		expect((await changed.poll()).items).toBeNull();
		const fresh = sim.addRecording(room.id);
		expect(ids((await changed.poll()).items)).toEqual([fresh.id]);
	});
});
