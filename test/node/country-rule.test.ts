import type { INodeParameters } from 'n8n-workflow';

import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';

/** Contact's Country and Time Zone's Country Code filter read the one ISO 3166-1 list. */
const CONTACT = (country: string): INodeParameters => ({
	resource: 'contact',
	operation: 'createOrUpdate',
	email: 'jan@example.com',
	firstName: 'Jan',
	lastName: 'Kowalski',
	additionalFields: { country },
});
const TIME_ZONES = (country: string): INodeParameters => ({
	resource: 'timeZone',
	operation: 'getAll',
	returnAll: true,
	filters: { country },
});

describe('POST /contacts and GET /time_zone_list/:country: one ISO country list', () => {
	const sim = useSimulator();

	it.each([
		['POST /contacts', CONTACT, 'Country'],
		['GET /time_zone_list/:country', TIME_ZONES, 'Country Code'],
	])('%s rejects "XX" (two letters, no country) before any request', async (_, build, field) => {
		const { error, requests } = await runNode(sim, build('XX'));
		expect(error?.message).toBe(
			`The "${field}" field must be a two-letter ISO 3166-1 country code such as "US" or "PL", got "XX"`,
		);
		expect(requests).toEqual([]);
	});

	it('POST /contacts accepts "pl" and sends it as "PL"', async () => {
		const { error, requests } = await runNode(sim, CONTACT('pl'));
		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /contacts']);
		expect((requests[0].body as { country?: string }).country).toBe('PL');
	});

	it('GET /time_zone_list/:country accepts "pl" and asks for PL', async () => {
		const { error, items, requests } = await runNode(sim, TIME_ZONES('pl'));
		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /time_zone_list/PL']);
		expect(items.map((item) => item.json.timezone)).toEqual(['Europe/Warsaw']);
	});
});
