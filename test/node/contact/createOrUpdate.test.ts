import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('POST /contacts', () => {
	const sim = useSimulator();

	it('creates a contact with every field, the country upper-cased', async () => {
		const { items, error, requests } = await runOperation(sim, 'contact', 'createOrUpdate', {
			email: ' jane@example.com ',
			firstName: 'Jane',
			lastName: 'Doe',
			additionalFields: { phone: '+48 123 456 789', company: 'Acme', country: 'pl' },
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['POST /contacts 200']);
		expect(requests[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(requests[0].body).toEqual({
			email: 'jane@example.com',
			firstname: 'Jane',
			lastname: 'Doe',
			phone: '+48 123 456 789',
			company: 'Acme',
			country: 'PL',
		});
		expect(items.map((item) => item.json)).toEqual([{ status: 'OK' }]);
		expect(sim.state.contacts.get('jane@example.com')).toMatchObject({
			firstname: 'Jane',
			company: 'Acme',
			country: 'PL',
		});
	});

	it('updates the contact with the same e-mail, sending only the required fields', async () => {
		await runOperation(sim, 'contact', 'createOrUpdate', {
			email: 'jane@example.com',
			firstName: 'Jane',
			lastName: 'Doe',
			additionalFields: { company: 'Acme' },
		});
		const { requests } = await runOperation(sim, 'contact', 'createOrUpdate', {
			email: 'jane@example.com',
			firstName: 'Janet',
			lastName: 'Doe',
		});

		expect(requests[0].body).toEqual({
			email: 'jane@example.com',
			firstname: 'Janet',
			lastname: 'Doe',
		});
		expect(sim.state.contacts.size).toBe(1);
		expect(sim.state.contacts.get('jane@example.com')).toMatchObject({
			firstname: 'Janet',
			company: 'Acme',
		});
	});

	it('rejects a country code that is not two letters before any request', async () => {
		const { error, requests } = await runOperation(sim, 'contact', 'createOrUpdate', {
			email: 'jane@example.com',
			firstName: 'Jane',
			lastName: 'Doe',
			additionalFields: { country: 'POL' },
		});

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			'The "Country" field must be a two-letter ISO 3166-1 country code such as "US" or "PL", got "POL"',
		);
		expect(requests).toHaveLength(0);
	});

	it('rejects an invalid e-mail and an empty name before any request', async () => {
		const badEmail = await runOperation(sim, 'contact', 'createOrUpdate', {
			email: 'jane@',
			firstName: 'Jane',
			lastName: 'Doe',
		});
		expect(badEmail.error?.message).toBe('The "Email" field is not a valid email address: "jane@"');

		const noName = await runOperation(sim, 'contact', 'createOrUpdate', {
			email: 'jane@example.com',
			firstName: ' ',
			lastName: 'Doe',
		});
		expect(noName.error?.message).toBe('The "First Name" field is empty');

		expect([...badEmail.requests, ...noName.requests]).toHaveLength(0);
	});

	it('with Continue On Fail, fails only the bad items, each paired to its input', async () => {
		const { items, error, requests } = await runOperation(
			sim,
			'contact',
			'createOrUpdate',
			{
				email: '={{ $json.email }}',
				firstName: '={{ $json.first }}',
				lastName: 'Doe',
				additionalFields: { country: '={{ $json.country }}' },
			},
			{
				input: [
					{ email: 'a@example.com', first: 'Ann', country: 'de' },
					{ email: 'b@example.com', first: 'Bob', country: 'Germany' },
					{ email: 'not-an-email', first: 'Cid', country: 'FR' },
					{ email: 'd@example.com', first: 'Dee', country: 'us' },
				],
				continueOnFail: true,
			},
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ status: 'OK' },
			{
				error:
					'The "Country" field must be a two-letter ISO 3166-1 country code such as "US" or "PL", got "Germany"',
			},
			{ error: 'The "Email" field is not a valid email address: "not-an-email"' },
			{ status: 'OK' },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(requests.map((r) => (r.body as { email: string; country: string }).country)).toEqual([
			'DE',
			'US',
		]);
	});
});
