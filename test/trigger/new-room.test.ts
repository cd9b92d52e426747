import { NodeOperationError } from 'n8n-workflow';

import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, ids, paths, SECOND } from './helpers';

const NEW_ROOM = { event: 'newRoom' };

describe('ClickMeeting Trigger: New Room', () => {
	const sim = useSimulator();

	it.each<Persistence>(['memory', 'saved'])(
		'baseline, then each room created after activation once, in created order (%s)',
		async (persistence) => {
			const t0 = baseSecond(-600);
			const old = [
				sim.addRoom({ name: 'Old 1', created_at: t0 }),
				sim.addRoom({ name: 'Old 2', created_at: t0 + SECOND }),
			];
			const harness = new PollHarness(sim, { parameters: NEW_ROOM, persistence });
			const activation = await harness.activate();
			expect(activation.items).toBeNull();
			// the baseline reads the inactive rooms too; every later poll only the active ones
			expect(paths(activation.requests)).toEqual([
				'GET /conferences/active',
				'GET /conferences/inactive',
			]);
			expect((await harness.poll()).items).toBeNull();

			const scheduled = sim.addRoom({
				name: 'Scheduled',
				permanent_room: false,
				room_type: 'webinar',
				created_at: t0 + 10 * SECOND,
				starts_at: baseSecond(3600),
			});
			const outcome = await harness.poll();
			expect(ids(outcome.items)).toEqual([scheduled.id]);
			expect(paths(outcome.requests)).toEqual(['GET /conferences/active']);
			expect(outcome.items?.[0].json).toMatchObject({
				id: scheduled.id,
				name: 'Scheduled',
				room_type: 'webinar',
				room_id: scheduled.id,
				room_name: 'Scheduled',
				room_url: 'https://sim.clickmeeting.test/scheduled',
			});
			expect(typeof outcome.items?.[0].json.starts_at).toBe('string');
			expect((await harness.poll()).items).toBeNull();

			// rooms created in one second, seen in two polls: each once
			const same = t0 + 20 * SECOND;
			const a = sim.addRoom({ created_at: same });
			const b = sim.addRoom({ created_at: same });
			expect(ids((await harness.poll()).items)).toEqual([a.id, b.id]);
			const c = sim.addRoom({ created_at: same });
			expect(ids((await harness.poll()).items)).toEqual([c.id]);

			// a fault mid-poll emits nothing and moves nothing; the next poll catches up
			const d = sim.addRoom({ created_at: same + SECOND });
			sim.injectFault({ type: 'status', status: 422, count: 1 }, { path: '/conferences/active' });
			const failed = await harness.poll();
			expect(failed.error).toBeDefined();
			expect(failed.items).toBeNull();
			if (persistence === 'memory') harness.restart();
			expect(ids((await harness.poll()).items)).toEqual([d.id]);
			expect((await harness.poll()).items).toBeNull();

			const all = harness.emissions.flat().map((item) => Number(item.json.id));
			expect(all).not.toContain(old[0].id);
			expect(all).not.toContain(old[1].id);
			expect(new Set(all).size).toBe(all.length);
		},
	);

	it('Room Type and Only With Registration filter; changing them takes a new baseline', async () => {
		const t0 = baseSecond(-600);
		sim.addRoom({ created_at: t0 });
		const harness = new PollHarness(sim, {
			parameters: { ...NEW_ROOM, roomType: 'webinar', registrationOnly: true },
		});
		await harness.activate();
		const meeting = sim.addRoom({
			room_type: 'meeting',
			registration_enabled: true,
			created_at: t0 + SECOND,
		});
		const plain = sim.addRoom({
			room_type: 'webinar',
			registration_enabled: false,
			created_at: t0 + 2 * SECOND,
		});
		const wanted = sim.addRoom({
			room_type: 'webinar',
			registration_enabled: true,
			created_at: t0 + 3 * SECOND,
		});
		expect(ids((await harness.poll()).items)).toEqual([wanted.id]);

		const meetings = new PollHarness(sim, { parameters: { ...NEW_ROOM, roomType: 'meeting' } });
		meetings.saved = harness.saved;
		await meetings.activate('update');
		expect((await meetings.poll()).items).toBeNull();
		const next = sim.addRoom({ room_type: 'meeting', created_at: t0 + 4 * SECOND });
		sim.addRoom({ room_type: 'webinar', created_at: t0 + 5 * SECOND });
		expect(ids((await meetings.poll()).items)).toEqual([next.id]);
		expect(harness.emissions.flat().map((i) => i.json.id)).not.toContain(meeting.id);
		expect(harness.emissions.flat().map((i) => i.json.id)).not.toContain(plain.id);
	});

	it('inactive rooms are not listed; a room created before activation that becomes active is not new', async () => {
		const t0 = baseSecond(-600);
		const sleeping = sim.addRoom({ status: 'inactive', created_at: t0 });
		const harness = new PollHarness(sim, { parameters: NEW_ROOM });
		await harness.activate();
		const fresh = sim.addRoom({ created_at: t0 + SECOND });
		const state = sim.state.rooms.get(sleeping.id);
		if (state) state.status = 'active';
		expect(ids((await harness.poll()).items)).toEqual([fresh.id]);
	});

	it('Fetch Test Event returns the newest matching room and leaves the state alone', async () => {
		const t0 = baseSecond(-600);
		sim.addRoom({ created_at: t0 });
		const newest = sim.addRoom({ created_at: t0 + SECOND });
		const harness = new PollHarness(sim, { parameters: NEW_ROOM });
		const manual = await harness.manual();
		expect(ids(manual.items)).toEqual([newest.id]);
		expect(manual.staticDataAfter).toEqual(manual.staticDataBefore);

		const none = await new PollHarness(sim, {
			parameters: { ...NEW_ROOM, registrationOnly: true },
		})
			.manual()
			.catch((e: unknown) => e);
		expect(none).toBeInstanceOf(NodeOperationError);
		expect((none as Error).message).toBe(
			'No active room matches the filters (Room Type, Only With Registration)',
		);
	});
});
