import type { NodeApiError } from 'n8n-workflow';

import { startSimulator } from '../../../simulator';
import { testCredential } from '../../harness/credential-test';
import { runNode } from '../../harness/run-workflow';
import { useSimulator } from '../../harness/simulator';

const PING = { resource: 'ping', operation: 'check' };

describe('Ping: Check API Status', () => {
	const sim = useSimulator({ resetEach: false });

	it('answers pong through a real workflow run, one item per input item, paired', async () => {
		const { items, error, requests } = await runNode(sim, PING, {
			input: [{ a: 1 }, { a: 2 }, { a: 3 }],
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ ping: 'pong' },
			{ ping: 'pong' },
			{ ping: 'pong' },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /ping',
			'GET /ping',
			'GET /ping',
		]);
		expect(requests[0].status).toBe(200);
		expect(requests[0].headers).not.toHaveProperty('x-api-key');
	});

	it('fails with a NodeApiError that says the key is wrong and never shows the key', async () => {
		const wrongKey = 'wrong-key-7f3a9c0d1e2b';
		const { error, items, requests, run } = await runNode(sim, PING, {
			credentials: { apiKey: wrongKey },
		});

		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 401');
		expect(error?.message).toContain('GET /ping');
		expect(error?.description).toMatch(/API key/);
		expect((error as unknown as NodeApiError).httpCode).toBe('401');
		expect(requests).toHaveLength(1);
		expect(JSON.stringify(run)).not.toContain(wrongKey);
		expect(JSON.stringify(error)).not.toContain(wrongKey);
		expect(String(error?.stack)).not.toContain(wrongKey);
	});

	it('with Continue On Fail, turns the error into an output item paired to its input', async () => {
		const { error, items } = await runNode(sim, PING, {
			credentials: { apiKey: 'another-wrong-key' },
			continueOnFail: true,
			input: [{}, {}],
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(String(items[1].json.error)).toContain('HTTP 401');
		expect(JSON.stringify(items)).not.toContain('another-wrong-key');
	});

	it('reports an unreachable base URL as a network error naming the endpoint', async () => {
		const closed = await startSimulator({ seed: false });
		const baseUrl = closed.baseUrl;
		await closed.close();

		const { error } = await runNode(sim, PING, { credentials: { baseUrl } });

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/GET \/ping could not reach ClickMeeting \(ECONNREFUSED\)/);
	});
});

describe('ClickMeeting API credential test (as the credentials dialog runs it)', () => {
	const sim = useSimulator({ resetEach: false });

	it('passes with the right key and calls GET /ping with the X-Api-Key header', async () => {
		sim.clearRequests();
		const result = await testCredential('clickMeetingApi', {
			apiKey: sim.apiKey,
			baseUrl: sim.baseUrl,
		});

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(
			sim.requests.map((request) => `${request.method} ${request.path} ${request.status}`),
		).toEqual(['GET /ping 200']);
	});

	it('accepts a base URL with a trailing slash', async () => {
		const result = await testCredential('clickMeetingApi', {
			apiKey: sim.apiKey,
			baseUrl: `${sim.baseUrl}/`,
		});
		expect(result.status).toBe('OK');
	});

	it('says "Invalid API key" for a wrong key', async () => {
		const result = await testCredential('clickMeetingApi', {
			apiKey: 'nope-nope',
			baseUrl: sim.baseUrl,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Invalid API key/);
		expect(result.message).not.toContain('nope-nope');
	});

	it('says the base URL is wrong when /ping is not there', async () => {
		const origin = new URL(sim.baseUrl).origin;
		const result = await testCredential('clickMeetingApi', {
			apiKey: sim.apiKey,
			baseUrl: `${origin}/v9`,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/No ClickMeeting API at this Base URL/);
	});
});
