import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('PUT /conferences/:room_id', () => {
	const sim = useSimulator();

	it('sends every given field and the status, and outputs the conference itself', async () => {
		const target = sim.addRoom({ name: 'Old', permanent_room: true });
		const { error, items, requests } = await runOperation(sim, 'conference', 'update', {
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
		const { error, items, requests } = await runOperation(sim, 'conference', 'update', {
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
		const { error, requests } = await runOperation(sim, 'conference', 'update', {
			room: room(target.id),
			updateFields: { duration: '2:00', permanentRoom: false },
		});
		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`PUT /conferences/${target.id} 200`]);
		expect(requests[0].body).toEqual({ permanent_room: '0', duration: '2:00' });
	});

	it('refuses an update without fields, or access type 2 without a password, before any request', async () => {
		const target = sim.addRoom();
		const empty = await runOperation(sim, 'conference', 'update', {
			room: room(target.id),
			updateFields: {},
		});
		expect(empty.error?.name).toBe('NodeOperationError');
		expect(empty.error?.message).toMatch(/at least one field/);

		const noPassword = await runOperation(sim, 'conference', 'update', {
			room: room(target.id),
			updateFields: { accessType: 2 },
		});
		expect(noPassword.error?.name).toBe('NodeOperationError');
		expect(noPassword.error?.message).toMatch(/"Password" field is required/);
		expect([...empty.requests, ...noPassword.requests]).toEqual([]);
	});
});
