import { NodeOperationError } from 'n8n-workflow';

import { addScheduledRoom, moveRoomStart } from '../../simulator/attendance';
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { ids, paths } from './helpers';

const MINUTE = 60_000;
const SOON = { event: 'roomStartingSoon', leadMinutes: 30 };
const inMinutes = (m: number) => Math.floor((Date.now() + m * MINUTE) / 1000) * 1000;

describe('ClickMeeting Trigger: Room Starting Soon', () => {
	const sim = useSimulator();

	it.each<Persistence>(['memory', 'saved'])(
		'once per room and start time; a moved start fires again (%s)',
		async (persistence) => {
			const already = addScheduledRoom(sim.state, 10);
			const later = addScheduledRoom(sim.state, 90);
			sim.addRoom({ name: 'Permanent' });
			const harness = new PollHarness(sim, { parameters: SOON, persistence });
			const activation = await harness.activate();
			// a room already within the lead time at activation is the baseline
			expect(activation.items).toBeNull();
			expect(paths(activation.requests)).toEqual(['GET /conferences/active']);
			expect((await harness.poll()).items).toBeNull();

			const soon = addScheduledRoom(sim.state, 20, { name: 'Launch' });
			const outcome = await harness.poll();
			expect(ids(outcome.items)).toEqual([soon.id]);
			expect(paths(outcome.requests)).toEqual(['GET /conferences/active']);
			expect(outcome.items?.[0].json).toMatchObject({
				id: soon.id,
				room_id: soon.id,
				room_name: 'Launch',
				permanent_room: false,
			});
			expect(outcome.items?.[0].json.minutes_to_start).toBeGreaterThanOrEqual(19);
			expect(outcome.items?.[0].json.minutes_to_start).toBeLessThanOrEqual(20);
			expect((await harness.poll()).items).toBeNull();

			// the later room is moved into the lead time, then earlier again: two events
			moveRoomStart(sim.state, later.id, inMinutes(25));
			expect(ids((await harness.poll()).items)).toEqual([later.id]);
			expect((await harness.poll()).items).toBeNull();
			moveRoomStart(sim.state, later.id, inMinutes(15));
			expect(ids((await harness.poll()).items)).toEqual([later.id]);

			// out of the lead time and back: fires for the new start
			moveRoomStart(sim.state, already.id, inMinutes(45));
			expect((await harness.poll()).items).toBeNull();
			moveRoomStart(sim.state, already.id, inMinutes(5));
			expect(ids((await harness.poll()).items)).toEqual([already.id]);

			// two rooms with one start: both, by id
			const at = inMinutes(28);
			const a = addScheduledRoom(sim.state, 0, {}, 30);
			const b = addScheduledRoom(sim.state, 0, {}, 30);
			moveRoomStart(sim.state, a.id, at);
			moveRoomStart(sim.state, b.id, at);
			// a fault mid-poll emits nothing; after a restart the next poll emits both once
			sim.injectFault({ type: 'status', status: 422, count: 1 }, { path: '/conferences/active' });
			expect((await harness.poll()).error).toBeDefined();
			if (persistence === 'memory') harness.restart();
			expect(ids((await harness.poll()).items)).toEqual([a.id, b.id]);
			expect((await harness.poll()).items).toBeNull();

			// a start that has passed is not emitted, and its cursor is dropped
			moveRoomStart(sim.state, soon.id, inMinutes(-1));
			const c = addScheduledRoom(sim.state, 3);
			expect(ids((await harness.poll()).items)).toEqual([c.id]);
			const saved = JSON.parse(
				JSON.stringify(harness.saved.clickMeetingTrigger ?? harness.staticData.clickMeetingTrigger),
			) as { rooms: Record<string, unknown> };
			expect(Object.keys(saved.rooms)).not.toContain(String(soon.id));
			expect(Object.keys(saved.rooms)).toContain(String(c.id));
		},
	);

	it('watches the chosen rooms only; a changed lead time takes a new baseline', async () => {
		const watched = addScheduledRoom(sim.state, 60);
		const other = addScheduledRoom(sim.state, 60);
		const harness = new PollHarness(sim, {
			parameters: {
				...SOON,
				watch: 'selected',
				rooms: { roomValues: [{ room: { __rl: true, mode: 'id', value: String(watched.id) } }] },
			},
		});
		await harness.activate();
		moveRoomStart(sim.state, watched.id, inMinutes(10));
		moveRoomStart(sim.state, other.id, inMinutes(10));
		expect(ids((await harness.poll()).items)).toEqual([watched.id]);

		const wider = new PollHarness(sim, { parameters: { ...SOON, leadMinutes: 120 } });
		wider.saved = harness.saved;
		await wider.activate('update');
		const far = addScheduledRoom(sim.state, 100);
		expect(ids((await wider.poll()).items)).toEqual([far.id]);
	});

	it('Fetch Test Event: the room starting first; none says so', async () => {
		addScheduledRoom(sim.state, 25);
		const first = addScheduledRoom(sim.state, 5);
		const harness = new PollHarness(sim, { parameters: SOON });
		const manual = await harness.manual();
		// the newest event is the latest start within the lead time
		expect(manual.items).toHaveLength(1);
		expect(manual.items[0].json.id).not.toBe(first.id);

		sim.reset(false);
		addScheduledRoom(sim.state, 60);
		const error = await new PollHarness(sim, { parameters: SOON })
			.manual()
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toBe(
			'No watched room is scheduled to start within the lead time',
		);
	});
});
