import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /phone_gateways', () => {
	const sim = useSimulator({ resetEach: false });

	it('lists the dial-in numbers, one item per number, as the API returns them', async () => {
		const { error, items, requests } = await runOperation(
			sim,
			'phoneGateway',
			'getAll',
			{ returnAll: true },
			{ input: [{}, {}] },
		);

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['GET /phone_gateways 200', 'GET /phone_gateways 200']);
		const response = await fetch(`${sim.baseUrl}/phone_gateways`, {
			headers: { 'X-Api-Key': sim.apiKey },
		});
		const all = (await response.json()) as Array<Record<string, unknown>>;
		expect(all.length).toBeGreaterThan(2);
		expect(items).toHaveLength(all.length * 2);
		expect(items.slice(0, all.length).map((item) => item.json)).toEqual(all);
		expect(items[0].json).toEqual({
			code: expect.any(String),
			location: expect.any(String),
			value: expect.any(String),
			geo: { lat: expect.any(String), long: expect.any(String) },
		});
		expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([
			...all.map(() => 0),
			...all.map(() => 1),
		]);
	});

	it('applies the limit', async () => {
		const { items } = await runOperation(sim, 'phoneGateway', 'getAll', {
			returnAll: false,
			limit: 2,
		});
		expect(items).toHaveLength(2);
	});

	it('turns an API failure into a NodeApiError; Continue On Fail keeps going', async () => {
		sim.injectFault(
			{ type: 'status', status: 403, count: 1 },
			{ method: 'GET', path: '/phone_gateways' },
		);
		const failing = await runOperation(sim, 'phoneGateway', 'getAll', { returnAll: true });
		expect(failing.error?.name).toBe('NodeApiError');
		expect(failing.error?.message).toContain('GET /phone_gateways failed with HTTP 403');

		sim.injectFault(
			{ type: 'status', status: 403, count: 1 },
			{ method: 'GET', path: '/phone_gateways' },
		);
		const { error, items } = await runOperation(
			sim,
			'phoneGateway',
			'getAll',
			{ returnAll: false, limit: 1 },
			{ continueOnFail: true, input: [{}, {}] },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(String(items[0].json.error)).toContain('HTTP 403');
		expect(items[1].json).toHaveProperty('value');
	});
});
