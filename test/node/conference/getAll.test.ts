/**
 * Room (conference) → Get Many with Filters, through n8n-core against the simulator:
 * GET /conferences/active and GET /conferences/inactive read page by page, the filter applied to each
 * page, so a Limit stops reading once enough rooms match. Expected rooms come from the simulator's data.
 */
import type { Room } from '../../../simulator';
import { lines } from '../../harness/requests';
import { operation } from '../../harness/operation';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:status with Filters (active and inactive)', () => {
	const sim = useSimulator();
	const getAll = operation(sim, 'conference', 'getAll');

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
		getAll({
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

describe('GET /conferences/:status', () => {
	const sim = useSimulator();
	const getAll = operation(sim, 'conference', 'getAll');

	it('active: one request for a page that is not full, simplified by default', async () => {
		const rooms = Array.from({ length: 5 }, (_, i) =>
			sim.addRoom({ name: `Room ${i}`, registration_enabled: i === 0 }),
		);
		const { error, items, requests } = await getAll({
			status: 'active',
			returnAll: false,
			limit: 3,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['GET /conferences/active 200']);
		expect(requests[0].query).toEqual({ page: '1' });
		expect(items.map((item) => item.json.id)).toEqual(rooms.slice(0, 3).map((r) => r.id));
		expect(Object.keys(items[0].json).sort()).toEqual(
			[
				'ends_at',
				'host_login_url',
				'id',
				'lobby_enabled',
				'name',
				'registration_enabled',
				'room_type',
				'access_type',
				'room_url',
				'starts_at',
				'status',
				'timezone',
			].sort(),
		);
		// ClickMeeting sends registration_enabled 0/1 and lobby_enabled true/false: both booleans here
		expect(items.map((item) => [item.json.registration_enabled, item.json.lobby_enabled])).toEqual([
			[true, true],
			[false, true],
			[false, true],
		]);
		expect(items[0].json.host_login_url).toBe(
			`https://sim.clickmeeting.test/${rooms[0].name_url}?l=${rooms[0].autologin_hash}`,
		);
	});

	describe('active rooms, more than 250', () => {
		beforeEach(() => {
			sim.seedRooms(600, { status: 'active' });
			sim.clearRequests();
		});

		it('Return All reads pages while they are full (3 requests for 600 rooms)', async () => {
			const { error, items, requests } = await getAll({
				status: 'active',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(requests.map((r) => `${r.method} ${r.path}?page=${r.query.page} ${r.status}`)).toEqual(
				[
					'GET /conferences/active?page=1 200',
					'GET /conferences/active?page=2 200',
					'GET /conferences/active?page=3 200',
				],
			);
			expect(new Set(items.map((item) => item.json.id)).size).toBe(600);
		});

		it('a Limit of 260 reads 2 pages', async () => {
			const { items, requests } = await getAll({
				status: 'active',
				returnAll: false,
				limit: 260,
			});
			expect(items).toHaveLength(260);
			expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
		});

		it('an API that ignores `page` is read once more and stopped by the repeated ids, without an error', async () => {
			sim.options.activeRoomsPaging = 'ignored';
			try {
				const { error, items, requests } = await getAll({
					status: 'active',
					returnAll: true,
				});
				expect(error).toBeUndefined();
				expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
				expect(items).toHaveLength(600);
				expect(new Set(items.map((item) => item.json.id)).size).toBe(600);
			} finally {
				sim.options.activeRoomsPaging = 'paged';
			}
		});
	});

	it('Simplify off returns the whole room objects', async () => {
		sim.addRoom({ name: 'Full' });
		const { items } = await getAll({
			status: 'active',
			returnAll: true,
			output: 'raw',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toHaveProperty('access_role_hashes');
		expect(items[0].json).toHaveProperty('settings');
	});

	describe('inactive rooms, paged 250 at a time', () => {
		beforeEach(() => {
			sim.seedRooms(600, { status: 'inactive' });
			sim.seedRooms(3, { status: 'active' });
			sim.clearRequests();
		});

		it('Return All reads every page (3 requests for 600 rooms)', async () => {
			const { error, items, requests } = await getAll({
				status: 'inactive',
				returnAll: true,
			});
			expect(error).toBeUndefined();
			expect(items).toHaveLength(600);
			expect(requests.map((r) => `${r.method} ${r.path}?page=${r.query.page}`)).toEqual([
				'GET /conferences/inactive?page=1',
				'GET /conferences/inactive?page=2',
				'GET /conferences/inactive?page=3',
			]);
			expect(new Set(items.map((item) => item.json.id)).size).toBe(600);
			expect(items.every((item) => item.json.status === 'inactive')).toBe(true);
		});

		it('a Limit of 300 reads 2 pages, 10 reads 1 page, 250 reads 1 page', async () => {
			const three = await getAll({
				status: 'inactive',
				returnAll: false,
				limit: 300,
			});
			expect(three.items).toHaveLength(300);
			expect(three.requests.map((r) => r.query.page)).toEqual(['1', '2']);

			const ten = await getAll({
				status: 'inactive',
				returnAll: false,
				limit: 10,
			});
			expect(ten.items).toHaveLength(10);
			expect(ten.requests.map((r) => `${r.path}?page=${r.query.page}`)).toEqual([
				'/conferences/inactive?page=1',
			]);

			const full = await getAll({
				status: 'inactive',
				returnAll: false,
				limit: 250,
			});
			expect(full.items).toHaveLength(250);
			expect(full.requests).toHaveLength(1);
		});
	});
});
