import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('POST /conferences', () => {
	const sim = useSimulator();

	it('sends every documented field as form fields and outputs the room itself', async () => {
		const { error, items, requests } = await runOperation(sim, 'conference', 'create', {
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
		const { error, items, requests } = await runOperation(sim, 'conference', 'create', {
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
		const first = await runOperation(sim, 'conference', 'create', {
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

		const second = await runOperation(sim, 'conference', 'create', {
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
		['a malformed duration', { additionalFields: { duration: '90 minutes' } }, /"Duration" field/],
		['a malformed start', { additionalFields: { startsAt: 'next tuesday' } }, /"Starts At" field/],
		[
			'a registration template out of range',
			{ additionalFields: { registrationTemplate: 4 } },
			/"Registration Template"/,
		],
	])('refuses %s before any request', async (_label, override, message) => {
		const { error, items, requests } = await runOperation(sim, 'conference', 'create', {
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
		const { error, items, requests } = await runOperation(
			sim,
			'conference',
			'create',
			{
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
