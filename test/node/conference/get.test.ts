import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:room_id', () => {
	const sim = useSimulator();

	it('outputs the room itself (Output: Raw), or its simplified form (the default)', async () => {
		const target = sim.addRoom({ name: 'Town Hall', timezone: 'UTC', permanent_room: true });

		const plain = await runOperation(sim, 'conference', 'get', {
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

		const simple = await runOperation(sim, 'conference', 'get', { room: room(target.id) });
		expect(simple.items[0].json).toEqual({
			id: target.id,
			name: 'Town Hall',
			room_url: `https://sim.clickmeeting.test/${target.name_url}`,
			room_type: plain.items[0].json.room_type,
			access_type: plain.items[0].json.access_type,
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
		const { error, items, requests } = await runOperation(sim, 'conference', 'get', {
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
		const { error, requests } = await runOperation(sim, 'conference', 'get', {
			room: { __rl: true, mode: 'id', value: '={{ "abc" }}' },
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(/"Room" field must be a numeric room ID/);
		expect(requests).toEqual([]);
	});

	it('reports a missing room as a NodeApiError with the API message', async () => {
		const { error, requests } = await runOperation(sim, 'conference', 'get', {
			room: room(987654),
		});
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 404');
		expect(error?.message).toContain('Room 987654 not found');
		expect(lines(requests)).toEqual(['GET /conferences/987654 404']);
	});

	it('reports a wrong API key as a NodeApiError', async () => {
		const target = sim.addRoom();
		const { error } = await runOperation(
			sim,
			'conference',
			'get',
			{ room: room(target.id) },
			{ credentials: { apiKey: 'not-the-key-123' } },
		);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 401');
	});
});
