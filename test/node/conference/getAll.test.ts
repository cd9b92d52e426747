/**
 * Room (conference) → Get Many with Filters, through n8n-core against the simulator:
 * GET /conferences/active and GET /conferences/inactive read page by page, the filter applied to each
 * page, so a Limit stops reading once enough rooms match. Expected rooms come from the simulator's data.
 */
import type { Room } from '../../../simulator';
import { runNode } from '../../harness/run-workflow';
import { useSimulator } from '../../harness/simulator';

describe('Room: Get Many filters (GET /conferences/active, GET /conferences/inactive)', () => {
	const sim = useSimulator();

	beforeEach(() => {
		// 600 active rooms (every third a webinar), then named ones at the end (page 3)
		sim.seedRooms(600);
		sim.addRoom({ name: 'Sales Demo', room_type: 'webinar', registration_enabled: true });
		sim.addRoom({ name: 'Q3 SALES kickoff', room_type: 'meeting', registration_enabled: false });
		sim.addRoom({ name: 'Support clinic', room_type: 'webinar', registration_enabled: true });
		sim.addRoom({
			name: 'Old sales room',
			status: 'inactive',
			room_type: 'meeting',
			registration_enabled: true,
		});
	});

	const expected = (status: 'active' | 'inactive', keep: (room: Room) => boolean) =>
		[...sim.state.rooms.values()]
			.filter((room) => room.status === status && keep(room))
			.map((room) => room.id);
	const run = (parameters: Record<string, unknown>) =>
		runNode(sim, {
			resource: 'conference',
			operation: 'getAll',
			status: 'active',
			returnAll: true,
			...parameters,
		});
	const pages = (requests: Array<{ path: string; query: Record<string, unknown> }>) =>
		requests.map((r) => `${r.path}?page=${String(r.query.page)}`);

	it('name contains, case-insensitive: every page read with Return All', async () => {
		const { items, error, requests } = await run({ filters: { nameContains: 'sales' } });
		expect(error).toBeUndefined();
		expect(pages(requests)).toEqual([
			'/conferences/active?page=1',
			'/conferences/active?page=2',
			'/conferences/active?page=3',
		]);
		const ids = expected('active', (room) => room.name.toLowerCase().includes('sales'));
		expect(ids).toHaveLength(2);
		expect(items.map((item) => item.json.id)).toEqual(ids);
		expect(items.map((item) => item.json.name)).toEqual(['Sales Demo', 'Q3 SALES kickoff']);
	});

	it('room type with a Limit stops as soon as enough rooms matched (2 of 3 pages)', async () => {
		const { items, requests } = await run({
			returnAll: false,
			limit: 100,
			filters: { roomType: 'webinar' },
		});
		const ids = expected('active', (room) => room.room_type === 'webinar');
		expect(ids.length).toBeGreaterThan(200);
		// page 1 holds 84 webinars (every third of 250): the 100th is on page 2
		expect(pages(requests)).toEqual(['/conferences/active?page=1', '/conferences/active?page=2']);
		expect(items.map((item) => item.json.id)).toEqual(ids.slice(0, 100));
	});

	it('a Limit reached on the first page reads one page', async () => {
		const { items, requests } = await run({
			returnAll: false,
			limit: 84,
			filters: { roomType: 'webinar' },
		});
		expect(requests).toHaveLength(1);
		expect(items).toHaveLength(84);
	});

	it('registration enabled, on and off, combined with room type', async () => {
		const on = await run({ filters: { registrationEnabled: true, roomType: 'webinar' } });
		expect(on.items.map((item) => item.json.name)).toEqual(['Sales Demo', 'Support clinic']);
		expect(on.items.every((item) => item.json.registration_enabled === true)).toBe(true);

		const off = await run({ filters: { registrationEnabled: false } });
		expect(off.items.map((item) => item.json.id)).toEqual(
			expected('active', (room) => !room.registration_enabled),
		);
		expect(off.items).toHaveLength(601);
	});

	it('filters inactive rooms too', async () => {
		const { items, requests } = await run({
			status: 'inactive',
			filters: { nameContains: 'SALES', registrationEnabled: true },
		});
		expect(pages(requests)).toEqual(['/conferences/inactive?page=1']);
		expect(items.map((item) => item.json.name)).toEqual(['Old sales room']);
	});

	it('an API that ignores `page` for active rooms: the repeated page ends the list, no duplicates', async () => {
		sim.options.activeRoomsPaging = 'ignored';
		try {
			const { items, error, requests } = await run({ filters: { nameContains: 'sales' } });
			expect(error).toBeUndefined();
			expect(requests).toHaveLength(2);
			expect(items.map((item) => item.json.name)).toEqual(['Sales Demo', 'Q3 SALES kickoff']);
		} finally {
			sim.options.activeRoomsPaging = 'paged';
		}
	});

	it('an unknown room type fails naming the filter, before any request', async () => {
		const { error, requests } = await run({ filters: { roomType: 'town-hall' } });
		expect(error?.message).toContain('"Room Type"');
		expect(requests).toHaveLength(0);
	});

	it('an empty Name Contains is no filter: the unfiltered path, same requests', async () => {
		const { items, requests } = await run({ filters: { nameContains: '  ' } });
		expect(requests).toHaveLength(3);
		expect(items).toHaveLength(603);
	});
});
