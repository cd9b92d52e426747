import { runNode } from '../../harness/run-workflow';
import { room } from '../../harness/builders';
import { useSimulator } from '../../harness/simulator';

const CONFERENCE = { resource: 'conference' };
const lines = (requests: Array<{ method: string; path: string; status: number }>) =>
	requests.map((r) => `${r.method} ${r.path} ${r.status}`);

describe('Conference', () => {
	const sim = useSimulator();

	describe('Create', () => {
		it('sends every documented field as form fields and outputs the room itself', async () => {
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'create',
				name: 'Quarterly Review',
				roomType: 'webinar',
				permanentRoom: false,
				accessType: 2,
				password: 's3cret',
				additionalFields: {
					customRoomUrlName: 'q_review',
					lobbyDescription: 'Starting soon',
					lobbyEnabled: false,
					startsAt: '2030-05-01T10:00:00+02:00',
					duration: '1:30',
					timezone: 'Europe/Warsaw',
					skinId: 3,
					registrationEnabled: true,
					registrationTemplate: 2,
					showOnPersonalPage: false,
					thankYouEmailsEnabled: false,
					connectionTesterEnabled: false,
					phonegatewayEnabled: false,
					recorderAutostartEnabled: true,
					roomInviteButtonEnabled: false,
					socialMediaSharingEnabled: false,
					connectionStatusEnabled: false,
					thankYouPageUrl: 'https://example.com/thanks',
				},
				output: 'raw',
			});

			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual(['POST /conferences 200']);
			expect(requests[0].body).toEqual({
				name: 'Quarterly Review',
				room_type: 'webinar',
				permanent_room: '0',
				access_type: '2',
				password: 's3cret',
				custom_room_url_name: 'q_review',
				lobby_description: 'Starting soon',
				lobby_enabled: '0',
				starts_at: '2030-05-01T10:00:00+02:00',
				duration: '1:30',
				timezone: 'Europe/Warsaw',
				skin_id: '3',
				registration: { enabled: '1', template: '2' },
				settings: {
					show_on_personal_page: '0',
					thank_you_emails_enabled: '0',
					connection_tester_enabled: '0',
					phonegateway_enabled: '0',
					recorder_autostart_enabled: '1',
					room_invite_button_enabled: '0',
					social_media_sharing_enabled: '0',
					connection_status_enabled: '0',
					thank_you_page_url: 'https://example.com/thanks',
				},
			});
			expect(items).toHaveLength(1);
			const created = items[0].json;
			expect(created).not.toHaveProperty('room');
			expect(created).toMatchObject({
				name: 'Quarterly Review',
				name_url: 'q_review',
				room_type: 'webinar',
				access_type: 2,
				permanent_room: false,
				timezone: 'Europe/Warsaw',
				registration_enabled: 1,
				registration_template: 2,
				skin_id: 3,
				starts_at: '2030-05-01T10:00:00+02:00',
				ends_at: '2030-05-01T11:30:00+02:00',
				lobby_description: 'Starting soon',
			});
			expect(items[0].pairedItem).toEqual({ item: 0 });
			const stored = sim.state.rooms.get(Number(created.id));
			expect(stored?.password).toBe('s3cret');
			expect(stored?.settings.recorder_autostart_enabled).toBe(true);
			expect(stored?.settings.show_on_personal_page).toBe(false);
		});

		it('sends only the required fields when nothing else is set, and outputs the room unwrapped with Output: Raw', async () => {
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'create',
				name: 'Daily',
				roomType: 'meeting',
				permanentRoom: true,
				accessType: 1,
				output: 'raw',
			});

			expect(error).toBeUndefined();
			expect(requests[0].body).toEqual({
				name: 'Daily',
				room_type: 'meeting',
				permanent_room: '1',
				access_type: '1',
			});
			expect(items[0].json).not.toHaveProperty('room');
			expect(items[0].json).toMatchObject({ name: 'Daily', permanent_room: true });
		});

		it('sends a start without offset as "YYYY-mm-dd HH:ii:ss" and an n8n date value as ISO 8601', async () => {
			const first = await runNode(sim, {
				...CONFERENCE,
				operation: 'create',
				name: 'Wall clock',
				roomType: 'meeting',
				permanentRoom: false,
				accessType: 1,
				additionalFields: {
					startsAt: '2030-01-02T09:05:00',
					timezone: 'America/New_York',
					duration: 2,
				},
			});
			expect(first.error).toBeUndefined();
			expect(first.requests[0].body).toMatchObject({
				starts_at: '2030-01-02 09:05:00',
				duration: '2:00',
			});
			expect(first.items[0].json).toMatchObject({
				starts_at: '2030-01-02T09:05:00-05:00',
				ends_at: '2030-01-02T11:05:00-05:00',
			});

			const second = await runNode(sim, {
				...CONFERENCE,
				operation: 'create',
				name: 'Luxon',
				roomType: 'meeting',
				permanentRoom: false,
				accessType: 1,
				additionalFields: {
					startsAt: "={{ DateTime.fromISO('2030-03-04T05:06:07.123Z', { zone: 'utc' }) }}",
				},
			});
			expect(second.error).toBeUndefined();
			expect(second.requests[0].body).toMatchObject({ starts_at: '2030-03-04T05:06:07Z' });
		});

		it.each([
			['a missing name', { name: '  ' }, /"Name" field is empty/],
			[
				'access type 2 without a password',
				{ accessType: 2, password: '={{ "" }}' },
				/"Password" field is required/,
			],
			[
				'an unknown time zone',
				{ additionalFields: { timezone: 'Mars/Olympus_Mons' } },
				/"Time Zone" field is not a known time zone/,
			],
			[
				'a malformed duration',
				{ additionalFields: { duration: '90 minutes' } },
				/"Duration" field/,
			],
			[
				'a malformed start',
				{ additionalFields: { startsAt: 'next tuesday' } },
				/"Starts At" field/,
			],
			[
				'a registration template out of range',
				{ additionalFields: { registrationTemplate: 4 } },
				/"Registration Template"/,
			],
		])('refuses %s before any request', async (_label, override, message) => {
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'create',
				name: 'Valid',
				roomType: 'meeting',
				permanentRoom: false,
				accessType: 1,
				...override,
			});

			expect(items).toEqual([]);
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toMatch(message);
			expect(requests).toEqual([]);
		});

		it('with Continue On Fail, a bad item gives an error item and the others are created', async () => {
			const { error, items, requests } = await runNode(
				sim,
				{
					...CONFERENCE,
					operation: 'create',
					name: '={{ $json.name }}',
					roomType: 'meeting',
					permanentRoom: true,
					accessType: 1,
				},
				{ continueOnFail: true, input: [{ name: 'First' }, { name: '' }, { name: 'Third' }] },
			);

			expect(error).toBeUndefined();
			expect(items).toHaveLength(3);
			expect(items[0].json.name).toBe('First');
			expect(String(items[1].json.error)).toMatch(/"Name" field is empty/);
			expect(items[2].json.name).toBe('Third');
			expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(lines(requests)).toEqual(['POST /conferences 200', 'POST /conferences 200']);
		});
	});

	describe('Get', () => {
		it('outputs the room itself (Output: Raw), or its simplified form (the default)', async () => {
			const target = sim.addRoom({ name: 'Town Hall', timezone: 'UTC', permanent_room: true });

			const plain = await runNode(sim, {
				...CONFERENCE,
				operation: 'get',
				room: room(target.id),
				output: 'raw',
			});
			expect(plain.error).toBeUndefined();
			expect(lines(plain.requests)).toEqual([`GET /conferences/${target.id} 200`]);
			expect(plain.items).toHaveLength(1);
			expect(plain.items[0].json).toMatchObject({
				id: target.id,
				name: 'Town Hall',
				room_url: `https://sim.clickmeeting.test/${target.name_url}`,
				lobby_enabled: true,
				autologin_hash: target.autologin_hash,
				// the host's ready login, from the hash ClickMeeting sends with the room
				host_login_url: `https://sim.clickmeeting.test/${target.name_url}?l=${target.autologin_hash}`,
			});

			const simple = await runNode(sim, { ...CONFERENCE, operation: 'get', room: room(target.id) });
			expect(simple.items[0].json).toEqual({
				id: target.id,
				name: 'Town Hall',
				room_url: `https://sim.clickmeeting.test/${target.name_url}`,
				room_type: plain.items[0].json.room_type,
				status: 'active',
				...(plain.items[0].json.starts_at !== undefined
					? { starts_at: plain.items[0].json.starts_at }
					: {}),
				...(plain.items[0].json.ends_at !== undefined
					? { ends_at: plain.items[0].json.ends_at }
					: {}),
				timezone: 'UTC',
				lobby_enabled: true,
				registration_enabled: expect.any(Boolean),
				host_login_url: plain.items[0].json.host_login_url,
			});
		});

		it('finds the room by its URL', async () => {
			const target = sim.addRoom({ name: 'By Url' });
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'get',
				room: { __rl: true, mode: 'url', value: `http://sim.clickmeeting.test/${target.name_url}` },
			});
			expect(error).toBeUndefined();
			expect(items[0].json.id).toBe(target.id);
			expect(lines(requests)).toEqual([
				'GET /conferences/active 200',
				`GET /conferences/${target.id} 200`,
			]);
		});

		it('refuses a non-numeric room ID before any request', async () => {
			const { error, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'get',
				room: { __rl: true, mode: 'id', value: '={{ "abc" }}' },
			});
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toMatch(/"Room" field must be a numeric room ID/);
			expect(requests).toEqual([]);
		});

		it('reports a missing room as a NodeApiError with the API message', async () => {
			const { error, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'get',
				room: room(987654),
			});
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toContain('HTTP 404');
			expect(error?.message).toContain('Room 987654 not found');
			expect(lines(requests)).toEqual(['GET /conferences/987654 404']);
		});

		it('reports a wrong API key as a NodeApiError', async () => {
			const target = sim.addRoom();
			const { error } = await runNode(
				sim,
				{ ...CONFERENCE, operation: 'get', room: room(target.id) },
				{ credentials: { apiKey: 'not-the-key-123' } },
			);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toContain('HTTP 401');
		});
	});

	describe('Update', () => {
		it('sends every given field and the status, and outputs the conference itself', async () => {
			const target = sim.addRoom({ name: 'Old', permanent_room: true });
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'update',
				room: room(target.id),
				updateFields: {
					name: 'New',
					roomType: 'webinar',
					accessType: 2,
					password: 'pw',
					lobbyDescription: 'Hello',
					lobbyEnabled: false,
					timezone: 'Europe/London',
					skinId: 2,
					registrationEnabled: true,
					registrationTemplate: 3,
					status: 'inactive',
					showOnPersonalPage: false,
					thankYouPageUrl: '',
				},
				output: 'raw',
			});

			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([`PUT /conferences/${target.id} 200`]);
			expect(requests[0].body).toEqual({
				name: 'New',
				room_type: 'webinar',
				access_type: '2',
				password: 'pw',
				lobby_description: 'Hello',
				lobby_enabled: '0',
				timezone: 'Europe/London',
				skin_id: '2',
				registration: { enabled: '1', template: '3' },
				settings: { show_on_personal_page: '0', thank_you_page_url: '' },
				status: 'inactive',
			});
			expect(items[0].json).not.toHaveProperty('conference');
			expect(items[0].json).toMatchObject({
				id: target.id,
				name: 'New',
				room_type: 'webinar',
				access_type: 2,
				status: 'inactive',
				registration_enabled: 1,
				lobby_enabled: false,
				host_login_url: `https://sim.clickmeeting.test/${target.name_url}?l=${target.autologin_hash}`,
			});
		});

		it('reads permanent_room from the room when starts at or duration changes', async () => {
			const target = sim.addRoom({ permanent_room: false, timezone: 'UTC' });
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'update',
				room: room(target.id),
				updateFields: { startsAt: '2031-02-03 04:05:06', duration: '0:45' },
			});

			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([
				`GET /conferences/${target.id} 200`,
				`PUT /conferences/${target.id} 200`,
			]);
			expect(requests[1].body).toEqual({
				starts_at: '2031-02-03 04:05:06',
				duration: '0:45',
				permanent_room: '0',
			});
			expect(items[0].json).toMatchObject({
				starts_at: '2031-02-03T04:05:06+00:00',
				ends_at: '2031-02-03T04:50:06+00:00',
			});
		});

		it('uses Permanent Room from the update fields without reading the room', async () => {
			const target = sim.addRoom({ permanent_room: true, timezone: 'UTC' });
			const { error, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'update',
				room: room(target.id),
				updateFields: { duration: '2:00', permanentRoom: false },
			});
			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([`PUT /conferences/${target.id} 200`]);
			expect(requests[0].body).toEqual({ permanent_room: '0', duration: '2:00' });
		});

		it('refuses an update without fields, or access type 2 without a password, before any request', async () => {
			const target = sim.addRoom();
			const empty = await runNode(sim, {
				...CONFERENCE,
				operation: 'update',
				room: room(target.id),
				updateFields: {},
			});
			expect(empty.error?.name).toBe('NodeOperationError');
			expect(empty.error?.message).toMatch(/at least one field/);

			const noPassword = await runNode(sim, {
				...CONFERENCE,
				operation: 'update',
				room: room(target.id),
				updateFields: { accessType: 2 },
			});
			expect(noPassword.error?.name).toBe('NodeOperationError');
			expect(noPassword.error?.message).toMatch(/"Password" field is required/);
			expect([...empty.requests, ...noPassword.requests]).toEqual([]);
		});
	});

	describe('Delete', () => {
		it('deletes the room and outputs { deleted: true, id }', async () => {
			const target = sim.addRoom();
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'delete',
				room: room(target.id),
			});
			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([`DELETE /conferences/${target.id} 200`]);
			expect(items.map((item) => item.json)).toEqual([{ deleted: true, id: target.id }]);
			expect(sim.state.rooms.has(target.id)).toBe(false);
		});
	});

	describe('Get Skins', () => {
		it('outputs one item per skin', async () => {
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'getSkins',
			});
			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual(['GET /conferences/skins 200']);
			expect(items).toHaveLength(5);
			expect(items[0].json).toMatchObject({ id: '1', name: 'Business 1' });
			expect(items[0].json).toHaveProperty('thumbnail_url');
		});
	});

	describe('Get Many', () => {
		it('active: one request for a page that is not full, simplified by default', async () => {
			const rooms = Array.from({ length: 5 }, (_, i) =>
				sim.addRoom({ name: `Room ${i}`, registration_enabled: i === 0 }),
			);
			const { error, items, requests } = await runNode(sim, {
				...CONFERENCE,
				operation: 'getAll',
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
					'room_url',
					'starts_at',
					'status',
					'timezone',
				].sort(),
			);
			// ClickMeeting sends registration_enabled 0/1 and lobby_enabled true/false: both booleans here
			expect(
				items.map((item) => [item.json.registration_enabled, item.json.lobby_enabled]),
			).toEqual([
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
				const { error, items, requests } = await runNode(sim, {
					...CONFERENCE,
					operation: 'getAll',
					status: 'active',
					returnAll: true,
				});
				expect(error).toBeUndefined();
				expect(
					requests.map((r) => `${r.method} ${r.path}?page=${r.query.page} ${r.status}`),
				).toEqual([
					'GET /conferences/active?page=1 200',
					'GET /conferences/active?page=2 200',
					'GET /conferences/active?page=3 200',
				]);
				expect(new Set(items.map((item) => item.json.id)).size).toBe(600);
			});

			it('a Limit of 260 reads 2 pages', async () => {
				const { items, requests } = await runNode(sim, {
					...CONFERENCE,
					operation: 'getAll',
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
					const { error, items, requests } = await runNode(sim, {
						...CONFERENCE,
						operation: 'getAll',
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
			const { items } = await runNode(sim, {
				...CONFERENCE,
				operation: 'getAll',
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
				const { error, items, requests } = await runNode(sim, {
					...CONFERENCE,
					operation: 'getAll',
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
				const three = await runNode(sim, {
					...CONFERENCE,
					operation: 'getAll',
					status: 'inactive',
					returnAll: false,
					limit: 300,
				});
				expect(three.items).toHaveLength(300);
				expect(three.requests.map((r) => r.query.page)).toEqual(['1', '2']);

				const ten = await runNode(sim, {
					...CONFERENCE,
					operation: 'getAll',
					status: 'inactive',
					returnAll: false,
					limit: 10,
				});
				expect(ten.items).toHaveLength(10);
				expect(ten.requests.map((r) => `${r.path}?page=${r.query.page}`)).toEqual([
					'/conferences/inactive?page=1',
				]);

				const full = await runNode(sim, {
					...CONFERENCE,
					operation: 'getAll',
					status: 'inactive',
					returnAll: false,
					limit: 250,
				});
				expect(full.items).toHaveLength(250);
				expect(full.requests).toHaveLength(1);
			});
		});
	});
});
