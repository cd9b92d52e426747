import type { NodeApiError } from 'n8n-workflow';

import { runNode } from '../../harness/run-workflow';
import { closedBaseUrl, useSimulator } from '../../harness/simulator';

const PING = { resource: 'ping', operation: 'check' };

describe('GET /ping', () => {
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
		const baseUrl = await closedBaseUrl();

		const { error } = await runNode(sim, PING, { credentials: { baseUrl } });

		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/GET \/ping could not reach ClickMeeting \(ECONNREFUSED\)/);
	});
});
