import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, ids, paths, SECOND } from './helpers';

const REGISTRATION = { event: 'registration' };

describe('ClickMeeting Trigger: New Registration', () => {
	const sim = useSimulator();

	it('takes a baseline at activation, then emits each new registration once, with its room', async () => {
		const room = sim.addRoom({ name: 'Launch Webinar', registration_enabled: true });
		const before = [sim.addRegistration(room.id), sim.addRegistration(room.id)];
		const harness = new PollHarness(sim, { parameters: REGISTRATION });

		const activation = await harness.activate();
		expect(activation.items).toBeNull();
		expect(activation.error).toBeUndefined();
		expect((await harness.poll()).items).toBeNull();

		const first = sim.addRegistration(room.id, {
			firstname: 'Ada',
			lastname: 'Lovelace',
			email: 'ada@example.com',
			fields: { Company: 'Engines' },
		});
		const outcome = await harness.poll();
		expect(ids(outcome.items)).toEqual([first.id]);
		expect(outcome.items?.[0].json).toMatchObject({
			id: first.id,
			session_id: first.session_id,
			email: 'ada@example.com',
			visitor_nickname: 'Ada Lovelace',
			fields: {
				'First Name': 'Ada',
				'Last Name': 'Lovelace',
				'Email Address': 'ada@example.com',
				Company: 'Engines',
			},
			room_id: room.id,
			room_name: 'Launch Webinar',
			room_url: 'https://sim.clickmeeting.test/launch_webinar',
		});
		expect(typeof outcome.items?.[0].json.registration_date).toBe('string');

		expect((await harness.poll()).items).toBeNull();
		const second = sim.addRegistration(room.id);
		const third = sim.addRegistration(room.id);
		expect(ids((await harness.poll()).items)).toEqual([second.id, third.id]);
		expect((await harness.poll()).items).toBeNull();

		const all = harness.emissions.flat().map((item) => Number(item.json.id));
		expect(all).not.toContain(before[0].id);
		expect(all).not.toContain(before[1].id);
	});

	it('tolerates the recorded shapes: a null session_id, a confirmation date, more than 250 active rooms', async () => {
		sim.seedRooms(300);
		const room = sim.addRoom({ name: 'Late Room', registration_enabled: true });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		const activation = await harness.activate();
		expect(activation.error).toBeUndefined();
		// the room sits on the second page of GET /conferences/active
		expect(
			activation.requests
				.map((r) => `${r.path}?page=${r.query.page ?? ''}`)
				.filter((p) => p.startsWith('/conferences/active')),
		).toEqual(['/conferences/active?page=1', '/conferences/active?page=2']);

		const free = sim.addRegistration(room.id, {
			email: 'free@example.com',
			session_id: null,
			registration_confirmed: baseSecond(-60),
		});
		const plain = sim.addRegistration(room.id, { email: 'plain@example.com' });
		const outcome = await harness.poll();
		expect(outcome.error).toBeUndefined();
		expect(ids(outcome.items)).toEqual([free.id, plain.id]);
		expect(outcome.items?.[0].json).toMatchObject({
			session_id: null,
			registration_confirmed: expect.stringMatching(
				/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
			),
			url: expect.stringContaining(`?r=${free.code}`),
			room_id: room.id,
			room_name: 'Late Room',
		});
		expect(outcome.items?.[1].json.registration_confirmed).toBe('null');
		expect((await harness.poll()).items).toBeNull();
	});

	it('emits registrations that share one second across polls, none twice and none lost', async () => {
		const room = sim.addRoom({ registration_enabled: true });
		const second = baseSecond();
		const old = sim.addRegistration(room.id, { registration_date: second });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();

		// same second as the baseline's newest registration
		const a = sim.addRegistration(room.id, { registration_date: second });
		expect(ids((await harness.poll()).items)).toEqual([a.id]);
		const b = sim.addRegistration(room.id, { registration_date: second });
		const c = sim.addRegistration(room.id, { registration_date: second });
		expect(ids((await harness.poll()).items)).toEqual([b.id, c.id]);
		const d = sim.addRegistration(room.id, { registration_date: second + SECOND });
		const e = sim.addRegistration(room.id, { registration_date: second + SECOND });
		expect(ids((await harness.poll()).items)).toEqual([d.id, e.id]);
		const f = sim.addRegistration(room.id, { registration_date: second + SECOND });
		expect(ids((await harness.poll()).items)).toEqual([f.id]);
		expect((await harness.poll()).items).toBeNull();
		expect(harness.emissions.flat().map((item) => item.json.id)).not.toContain(old.id);
	});

	it('emits every registration of a room created after activation', async () => {
		const existing = sim.addRoom({ registration_enabled: true });
		sim.addRegistration(existing.id, { registration_date: baseSecond(-7200) });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();

		const created = sim.addRoom({ name: 'New Room', registration_enabled: true });
		const r1 = sim.addRegistration(created.id);
		const r2 = sim.addRegistration(created.id);
		const outcome = await harness.poll();
		expect(ids(outcome.items)).toEqual([r1.id, r2.id]);
		expect(outcome.items?.map((item) => item.json.room_id)).toEqual([created.id, created.id]);
		expect((await harness.poll()).items).toBeNull();
	});

	it('asks only rooms with registration enabled: list once, one request per such room', async () => {
		const rooms = [
			sim.addRoom({ registration_enabled: true }),
			sim.addRoom({ registration_enabled: false }),
			sim.addRoom({ registration_enabled: true }),
			sim.addRoom({ registration_enabled: false }),
		];
		sim.addRoom({ registration_enabled: true, status: 'inactive' });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		const activation = await harness.activate();
		expect(paths(activation.requests)).toEqual(
			[
				'GET /conferences/active',
				`GET /conferences/${rooms[0].id}/registrations/all`,
				`GET /conferences/${rooms[2].id}/registrations/all`,
			].sort(),
		);
		for (let i = 0; i < 3; i++) {
			const outcome = await harness.poll();
			expect(outcome.requests).toHaveLength(3);
			expect(paths(outcome.requests)).toEqual(paths(activation.requests));
		}
	});

	it('watches only the chosen rooms, picked from the list, by ID or by URL', async () => {
		const a = sim.addRoom({ name: 'Alpha', registration_enabled: true });
		const b = sim.addRoom({ name: 'Beta', registration_enabled: true });
		const c = sim.addRoom({ name: 'Gamma', registration_enabled: true });
		const harness = new PollHarness(sim, {
			parameters: {
				...REGISTRATION,
				watch: 'selected',
				rooms: {
					roomValues: [
						{ room: { __rl: true, mode: 'list', value: String(a.id) } },
						{ room: { __rl: true, mode: 'url', value: 'https://sim.clickmeeting.test/gamma/' } },
					],
				},
			},
		});
		await harness.activate();
		const ra = sim.addRegistration(a.id);
		sim.addRegistration(b.id);
		const rc = sim.addRegistration(c.id);
		const outcome = await harness.poll();
		expect(ids(outcome.items)).toEqual([ra.id, rc.id]);
		expect(paths(outcome.requests)).toEqual(
			[
				'GET /conferences/active',
				`GET /conferences/${a.id}/registrations/all`,
				`GET /conferences/${c.id}/registrations/all`,
			].sort(),
		);
	});

	it('skips a chosen room while it is not active, and catches up when it is active again', async () => {
		const room = sim.addRoom({ registration_enabled: true });
		const harness = new PollHarness(sim, {
			parameters: {
				...REGISTRATION,
				watch: 'selected',
				rooms: { roomValues: [{ room: { __rl: true, mode: 'id', value: String(room.id) } }] },
			},
		});
		await harness.activate();
		const stored = sim.state.rooms.get(room.id);
		if (stored) stored.status = 'inactive';
		const r1 = sim.addRegistration(room.id);
		const idle = await harness.poll();
		expect(idle.items).toBeNull();
		expect(idle.error).toBeUndefined();
		expect(paths(idle.requests)).toEqual(['GET /conferences/active']);
		if (stored) stored.status = 'active';
		expect(ids((await harness.poll()).items)).toEqual([r1.id]);
	});

	it('a poll that fails half-way (2nd room, 422) changes no state; the next poll emits what it missed', async () => {
		const rooms = [1, 2, 3].map(() => sim.addRoom({ registration_enabled: true }));
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();
		const stateBefore = harness.staticData;

		const added = rooms.map((room) => sim.addRegistration(room.id));
		sim.injectFault(
			{ type: 'status', status: 422, count: 1 },
			{ method: 'GET', path: `/conferences/${rooms[1].id}/registrations/all` },
		);
		const failed = await harness.poll();
		expect(failed.items).toBeNull();
		expect(failed.error).toBeInstanceOf(NodeApiError);
		expect(failed.error?.message).toContain(`/conferences/${rooms[1].id}/registrations/all`);
		expect(harness.staticData).toEqual(stateBefore);

		expect(ids((await harness.poll()).items).sort()).toEqual(added.map((r) => r.id).sort());
		expect((await harness.poll()).items).toBeNull();
	});

	it('a 500 that outlasts the transport retries fails the poll without losing anything', async () => {
		const rooms = [1, 2].map(() => sim.addRoom({ registration_enabled: true }));
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();
		const added = rooms.map((room) => sim.addRegistration(room.id));
		sim.injectFault(
			{ type: 'status', status: 500, count: 4 },
			{ method: 'GET', path: `/conferences/${rooms[1].id}/registrations/all` },
		);
		const failed = await harness.poll();
		expect(failed.error?.message).toMatch(/HTTP 500.*after 4 attempts/);
		expect(ids((await harness.poll()).items).sort()).toEqual(added.map((r) => r.id).sort());
	}, 20_000);

	it('a failing room list fails the activation (the user sees the error) and stores nothing', async () => {
		sim.addRoom({ registration_enabled: true });
		sim.injectFault({ type: 'status', status: 403, count: 1 }, { path: '/conferences/active' });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await expect(harness.activate()).rejects.toThrow(/HTTP 403/);
		expect(harness.staticData).toEqual({});
	});

	it('after a restart (static data reloaded) neither repeats nor loses registrations', async () => {
		const room = sim.addRoom({ registration_enabled: true });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();
		const r1 = sim.addRegistration(room.id);
		expect(ids((await harness.poll()).items)).toEqual([r1.id]);
		const r2 = sim.addRegistration(room.id);
		harness.restart();
		const r3 = sim.addRegistration(room.id);
		expect(ids((await harness.poll()).items)).toEqual([r2.id, r3.id]);
		harness.restart();
		expect((await harness.poll()).items).toBeNull();
	});

	it.each([
		['each poll from the saved copy', { persistence: 'saved' as const }],
		[
			'each poll from the saved copy, null polls committed',
			{ persistence: 'saved' as const, commitOnNull: true },
		],
	])('works when %s', async (_name, model) => {
		const room = sim.addRoom({ registration_enabled: true });
		const harness = new PollHarness(sim, { parameters: REGISTRATION, ...model });
		await harness.activate();
		expect((await harness.poll()).items).toBeNull();
		const r1 = sim.addRegistration(room.id);
		expect(ids((await harness.poll()).items)).toEqual([r1.id]);
		sim.injectFault(
			{ type: 'malformed', count: 1 },
			{ path: `/conferences/${room.id}/registrations/all` },
		);
		const r2 = sim.addRegistration(room.id);
		expect((await harness.poll()).error).toBeInstanceOf(NodeApiError);
		expect(ids((await harness.poll()).items)).toEqual([r2.id]);
		expect((await harness.poll()).items).toBeNull();
	});

	it('keeps state bounded by rooms, not by registrations seen', async () => {
		const rooms = [1, 2, 3].map(() => sim.addRoom({ registration_enabled: true }));
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();
		let second = baseSecond(-1800);
		const sizes: number[] = [];
		let emitted = 0;
		for (let poll = 0; poll < 30; poll++) {
			for (let i = 0; i < 10; i++) {
				second += SECOND;
				sim.addRegistration(rooms[i % 3].id, { registration_date: second });
			}
			emitted += (await harness.poll()).items?.length ?? 0;
			sizes.push(JSON.stringify(harness.staticData).length);
		}
		expect(emitted).toBe(300);
		expect(Math.max(...sizes)).toBe(Math.min(...sizes));
		expect(Math.max(...sizes)).toBeLessThan(400);
	});

	it('Fetch Test Event returns the newest registration and leaves the stored state alone', async () => {
		const a = sim.addRoom({ registration_enabled: true });
		const b = sim.addRoom({ registration_enabled: true });
		sim.addRegistration(a.id, { registration_date: baseSecond(-60) });
		const newest = sim.addRegistration(b.id, { registration_date: baseSecond(-30) });
		sim.addRegistration(a.id, { registration_date: baseSecond(-90) });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		await harness.activate();
		const stored = harness.staticData;

		const manual = await harness.manual();
		expect(ids(manual.items)).toEqual([newest.id]);
		expect(manual.items[0].json.room_id).toBe(b.id);
		expect(manual.staticDataAfter).toEqual(manual.staticDataBefore);
		expect(harness.staticData).toEqual(stored);

		// a manual run before any activation stores nothing either
		const fresh = new PollHarness(sim, { parameters: REGISTRATION });
		const result = await fresh.manual();
		expect(ids(result.items)).toEqual([newest.id]);
		expect(result.staticDataAfter['node:ClickMeeting Trigger'] ?? {}).toEqual({});
	});

	it('Fetch Test Event says so clearly when there is no registration', async () => {
		sim.addRoom({ registration_enabled: true });
		const harness = new PollHarness(sim, { parameters: REGISTRATION });
		const error = await harness.manual().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toMatch(/No registration found in the watched rooms/);
	});
});
