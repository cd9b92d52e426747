import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('POST /conferences/:room_id/room/autologin_hash', () => {
	const sim = useSimulator();

	it('reads the room URL, posts email, nickname and role, and outputs the hash and the login URL', async () => {
		const target = sim.addRoom({ name: 'Open Room' });
		const { error, items, requests } = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: ' anna@example.com ',
			nickname: 'Anna',
			role: 'presenter',
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([
			`GET /conferences/${target.id} 200`,
			`POST /conferences/${target.id}/room/autologin_hash 200`,
		]);
		expect(requests[1].body).toEqual({
			email: 'anna@example.com',
			nickname: 'Anna',
			role: 'presenter',
		});
		const hash = sim.state.autologins[0].hash;
		expect(items.map((item) => item.json)).toEqual([
			{
				autologin_hash: hash,
				room_id: target.id,
				url: `https://sim.clickmeeting.test/${target.name_url}?l=${hash}`,
			},
		]);
		expect(sim.state.autologins[0]).toMatchObject({
			room_id: target.id,
			email: 'anna@example.com',
			role: 'presenter',
		});
	});

	it('uses the Room URL option without reading the room', async () => {
		const target = sim.addRoom();
		const { error, items, requests } = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'host@example.com',
			nickname: 'Host',
			role: 'host',
			options: { roomUrl: 'https://acme.clickmeeting.com/board' },
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`POST /conferences/${target.id}/room/autologin_hash 200`]);
		expect(items[0].json.url).toBe(
			`https://acme.clickmeeting.com/board?l=${String(items[0].json.autologin_hash)}`,
		);
	});

	it('sends the password of a password-protected room', async () => {
		const target = sim.addRoom({ access_type: 2, password: 'pw-1' });
		const { error, requests } = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'b@example.com',
			nickname: 'B',
			role: 'listener',
			options: { password: 'pw-1' },
		});
		expect(error).toBeUndefined();
		expect(requests[1].body).toEqual({
			email: 'b@example.com',
			nickname: 'B',
			role: 'listener',
			password: 'pw-1',
		});
	});

	it('sends the token of a token-protected room', async () => {
		const target = sim.addRoom({ access_type: 3 });
		const [token] = sim.state.generateTokens(target.id, 1);
		const { error, requests } = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'c@example.com',
			nickname: 'C',
			role: 'listener',
			options: { token: token.token },
		});
		expect(error).toBeUndefined();
		expect(requests[1].body).toEqual({
			email: 'c@example.com',
			nickname: 'C',
			role: 'listener',
			token: token.token,
		});
		expect(token.first_use_date).not.toBeNull();
	});

	it('stops before the POST when the room needs a password and none is given', async () => {
		const target = sim.addRoom({ access_type: 2, password: 'pw-2' });
		const { error, requests } = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'd@example.com',
			nickname: 'D',
			role: 'listener',
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(/password protected: set Options → "Password"/);
		expect(lines(requests)).toEqual([`GET /conferences/${target.id} 200`]);
	});

	it('refuses a malformed e-mail or an empty nickname before any request', async () => {
		const target = sim.addRoom();
		const badEmail = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'not-an-email',
			nickname: 'E',
			role: 'listener',
		});
		expect(badEmail.error?.name).toBe('NodeOperationError');
		expect(badEmail.error?.message).toMatch(/"Email" field is not a valid email address/);

		const noNick = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'e@example.com',
			nickname: '={{ "" }}',
			role: 'listener',
		});
		expect(noNick.error?.name).toBe('NodeOperationError');
		expect(noNick.error?.message).toMatch(/"Nickname" field is empty/);
		expect([...badEmail.requests, ...noNick.requests]).toEqual([]);
	});

	it('passes on the API error for a wrong password (422) and a missing room (404)', async () => {
		const target = sim.addRoom({ access_type: 2, password: 'right' });
		const wrong = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(target.id),
			email: 'f@example.com',
			nickname: 'F',
			role: 'listener',
			options: { password: 'wrong', roomUrl: 'https://x.clickmeeting.com/r' },
		});
		expect(wrong.error?.name).toBe('NodeApiError');
		expect(wrong.error?.message).toContain('HTTP 422');
		expect(wrong.error?.message).toContain('Invalid room password');

		const missing = await runOperation(sim, 'autoLogin', 'createUrl', {
			room: room(999999),
			email: 'g@example.com',
			nickname: 'G',
			role: 'listener',
		});
		expect(missing.error?.name).toBe('NodeApiError');
		expect(missing.error?.message).toContain('HTTP 404');
	});
});
