import { testCredential } from '../harness/credential-test';
import { runNode } from '../harness/run-workflow';
import type { HostileServer } from './hostile';
import { everything, json, startHostile } from './hostile';

const KEY = 'hostile-test-key-7f3a9c';
const CREATE = {
	resource: 'conference',
	operation: 'create',
	name: 'Board',
	roomType: 'meeting',
	permanentRoom: true,
	accessType: 3,
	password: 'room-secret-pw',
};

describe('redirects: the API key never leaves the Base URL origin', () => {
	let api: HostileServer;
	let other: HostileServer;
	beforeEach(async () => {
		// "other" is another origin (another port on 127.0.0.1): it must never see the key.
		other = await startHostile((req, res) => {
			if (req.url?.startsWith('/cdn/')) {
				res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': 9 });
				return res.end('%PDF-1.4\n');
			}
			return json(res, 200, { ping: 'pong', from: 'other' });
		});
	});
	afterEach(async () => {
		await api?.close();
		await other.close();
	});

	it.each([301, 302, 307, 308])(
		'GET /ping answered %i to another origin: not followed, an error naming status and Location',
		async (status) => {
			api = await startHostile((_req, res) => {
				res.writeHead(status, { Location: `${other.origin}/v1/ping` }).end();
			});
			const { error, items } = await runNode(api.asSim(), { resource: 'ping', operation: 'check' });

			expect(other.requests).toHaveLength(0);
			expect(api.requests).toHaveLength(1);
			expect(items).toHaveLength(0);
			expect(error?.message).toContain(
				`GET /ping answered HTTP ${status} with a redirect to ${other.origin}/v1/ping`,
			);
			expect(error?.message).toMatch(/the API key is sent only to/);
		},
	);

	it.each([301, 302, 303, 307, 308])(
		'Conference Create answered %i: nothing replayed or converted, an error, one request',
		async (status) => {
			api = await startHostile((req, res) => {
				if (req.method === 'POST')
					return res.writeHead(status, { Location: `${other.origin}/v1/conferences` }).end();
				return json(res, 200, { room: { id: 1, name: 'not created' } });
			});
			const { error, items } = await runNode(api.asSim(), CREATE);

			expect(api.requests).toHaveLength(1);
			expect(other.requests).toHaveLength(0);
			expect(everything(other)).not.toContain('room-secret-pw');
			expect(items).toHaveLength(0);
			expect(error?.message).toContain(`POST /conferences answered HTTP ${status}`);
			expect(error?.message).toMatch(/nothing was done and nothing is retried/);
		},
	);

	it('Conference Create answered 302 to the same origin: still an error, never a GET reported as Create', async () => {
		api = await startHostile((req, res) => {
			if (req.method === 'POST') return res.writeHead(302, { Location: '/v1/conferences/1' }).end();
			return json(res, 200, { conference: { id: 1 } });
		});
		const { error } = await runNode(api.asSim(), CREATE);

		expect(api.requests.map((r) => r.method)).toEqual(['POST']);
		expect(error?.message).toContain('HTTP 302');
	});

	it('a GET follows a redirect on the same origin, with the key', async () => {
		api = await startHostile((req, res) => {
			if (req.url === '/v1/ping') return res.writeHead(301, { Location: '/v1/ping-moved' }).end();
			return json(res, 200, { ping: 'pong' });
		});
		const { error, items } = await runNode(api.asSim(), { resource: 'ping', operation: 'check' });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ ping: 'pong' }]);
		expect(api.requests.map((r) => [r.url, r.headers['x-api-key']])).toEqual([
			['/v1/ping', KEY],
			['/v1/ping-moved', KEY],
		]);
	});

	it('File Download answered 302 to a CDN: the file is fetched there without the key', async () => {
		api = await startHostile((req, res) => {
			if (req.url === '/v1/file-library/7') return json(res, 200, { id: 7, name: 'deck.pdf' });
			return res.writeHead(302, { Location: `${other.origin}/cdn/file.pdf?signature=abc` }).end();
		});
		const { error, items } = await runNode(api.asSim(), {
			resource: 'file',
			operation: 'download',
			fileId: '7',
			binaryPropertyName: 'data',
		});

		expect(error).toBeUndefined();
		expect(other.requests).toHaveLength(1);
		expect(other.requests[0].url).toBe('/cdn/file.pdf?signature=abc');
		expect(other.requests[0].headers['x-api-key']).toBeUndefined();
		expect(everything(other)).not.toContain(KEY);
		expect(api.requests[0].headers['x-api-key']).toBe(KEY);
		const binary = items[0].binary?.data;
		expect(Buffer.from(binary?.data ?? '', 'base64').toString()).toBe('%PDF-1.4\n');
		expect(items[0].json).toMatchObject({ id: 7, name: 'deck.pdf', size: 9 });
	});

	it('the credential test fails on a redirect and never sends the key elsewhere', async () => {
		api = await startHostile((_req, res) => {
			res.writeHead(302, { Location: `${other.origin}/v1/ping` }).end();
		});
		const result = await testCredential('clickMeetingApi', { apiKey: KEY, baseUrl: api.baseUrl });

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/redirect \(HTTP 302\)/);
		expect(other.requests).toHaveLength(0);
	});

	it('the credential test trims the Base URL and refuses one with a query', async () => {
		api = await startHostile((_req, res) => json(res, 200, { ping: 'pong' }));
		const ok = await testCredential('clickMeetingApi', {
			apiKey: `${KEY}\n`,
			baseUrl: `  ${api.baseUrl}/ `,
		});
		expect(ok.status).toBe('OK');
		expect(api.requests.map((r) => [r.url, r.headers['x-api-key']])).toEqual([['/v1/ping', KEY]]);

		const refused = await testCredential('clickMeetingApi', {
			apiKey: KEY,
			baseUrl: `${api.baseUrl}?tenant=1`,
		});
		expect(refused.status).toBe('Error');
		expect(api.requests).toHaveLength(1);
	});

	it('the credential sends the key (trimmed) to its own origin only', async () => {
		const { ClickMeetingApi } = await import('../../credentials/ClickMeetingApi.credentials');
		const credential = new ClickMeetingApi();
		const data = { apiKey: `  ${KEY}\n`, baseUrl: 'https://api.clickmeeting.com/v1 ' };
		const own = await credential.authenticate(data, {
			url: 'https://api.clickmeeting.com/v1/ping',
		});
		const elsewhere = await credential.authenticate(data, { url: 'https://cdn.example.test/file' });
		expect(own.headers?.['X-Api-Key']).toBe(KEY);
		expect(elsewhere.headers?.['X-Api-Key']).toBeUndefined();
	});
});
