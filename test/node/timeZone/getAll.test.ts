import type { ClickMeetingSimulator } from '../../../simulator';
import { runOperation } from '../../harness/operation';
import { runNode } from '../../harness/run-workflow';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

const TIME_ZONE = { resource: 'timeZone', operation: 'getAll' };

async function apiList(sim: ClickMeetingSimulator, path: string): Promise<string[]> {
	const response = await fetch(`${sim.baseUrl}${path}`, { headers: { 'X-Api-Key': sim.apiKey } });
	return (await response.json()) as string[];
}

describe('GET /time_zone_list and GET /time_zone_list/:country', () => {
	const sim = useSimulator({ resetEach: false });

	it('lists every time zone, one item per zone as { timezone }', async () => {
		const { error, items, requests } = await runOperation(sim, 'timeZone', 'getAll', {
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['GET /time_zone_list 200']);
		const all = await apiList(sim, '/time_zone_list');
		expect(all.length).toBeGreaterThan(300);
		expect(items.map((item) => item.json)).toEqual(all.map((timezone) => ({ timezone })));
		expect(items.map((item) => item.json.timezone)).toContain('Europe/Warsaw');
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('returns 50 zones by default (Limit)', async () => {
		const { items } = await runNode(sim, { ...TIME_ZONE });
		expect(items).toHaveLength(50);
	});

	it('lists the zones of one country by ISO code, upper-casing it', async () => {
		const { error, items, requests } = await runOperation(sim, 'timeZone', 'getAll', {
			returnAll: true,
			filters: { country: ' pl ' },
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['GET /time_zone_list/PL 200']);
		expect(items.map((item) => item.json)).toEqual([{ timezone: 'Europe/Warsaw' }]);

		const us = await runOperation(sim, 'timeZone', 'getAll', {
			returnAll: true,
			filters: { country: 'US' },
		});
		expect(us.items.map((item) => item.json.timezone)).toEqual(
			await apiList(sim, '/time_zone_list/US'),
		);
		expect(us.items.map((item) => item.json.timezone)).toContain('America/New_York');
	});

	it.each(['Poland', 'XX', 'P1', 'USA'])(
		'rejects the country code %p before any request',
		async (country) => {
			const { error, requests } = await runOperation(sim, 'timeZone', 'getAll', {
				returnAll: true,
				filters: { country },
			});
			expect(error?.message).toBe(
				`The "Country Code" field must be a two-letter ISO 3166-1 country code such as "US" or "PL", got "${country}"`,
			);
			expect(requests).toEqual([]);
		},
	);

	it('with Continue On Fail, a bad code fails only its own item', async () => {
		const { error, items, requests } = await runOperation(
			sim,
			'timeZone',
			'getAll',
			{ returnAll: true, filters: { country: '={{ $json.c }}' } },
			{ continueOnFail: true, input: [{ c: 'ZZ' }, { c: 'PL' }] },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: expect.stringContaining('got "ZZ"') }, { item: 0 }],
			[{ timezone: 'Europe/Warsaw' }, { item: 1 }],
		]);
		expect(requests.map((r) => r.path)).toEqual(['/time_zone_list/PL']);
	});
});
