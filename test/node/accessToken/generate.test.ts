import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('POST /conferences/:room_id/tokens', () => {
	const sim = useSimulator();

	beforeEach(() => {
		sim.options.maxTokensPerRoom = 4000;
	});

	it('posts how_many and outputs one item per token', async () => {
		const target = sim.addRoom({ access_type: 3 });
		const { error, items, requests } = await runOperation(sim, 'accessToken', 'generate', {
			room: room(target.id),
			howMany: 5,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`POST /conferences/${target.id}/tokens 200`]);
		expect(requests[0].body).toEqual({ how_many: '5' });
		expect(items).toHaveLength(5);
		expect(items[0].json).toEqual({
			token: expect.stringMatching(/^[A-Z0-9]{6}$/),
			sent_to_email: null,
			first_use_date: null,
		});
		expect(items.map((item) => item.json.token)).toEqual(
			sim.state.tokensOf(target.id).map((t) => t.token),
		);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('splits 2500 tokens into 1000 + 1000 + 500 and returns them as one list', async () => {
		const target = sim.addRoom({ access_type: 3 });
		const { error, items, requests } = await runOperation(sim, 'accessToken', 'generate', {
			room: room(target.id),
			howMany: 2500,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(Array(3).fill(`POST /conferences/${target.id}/tokens 200`));
		expect(requests.map((r) => r.body)).toEqual([
			{ how_many: '1000' },
			{ how_many: '1000' },
			{ how_many: '500' },
		]);
		expect(items).toHaveLength(2500);
		expect(new Set(items.map((item) => item.json.token)).size).toBe(2500);
	});

	it('refuses a count below 1 and a non-numeric room ID before any request', async () => {
		const target = sim.addRoom({ access_type: 3 });
		const zero = await runOperation(sim, 'accessToken', 'generate', {
			room: room(target.id),
			howMany: '={{ 0 }}',
		});
		expect(zero.error?.name).toBe('NodeOperationError');
		expect(zero.error?.message).toMatch(/"How Many" field must be a whole number of at least 1/);

		const badRoom = await runOperation(sim, 'accessToken', 'generate', {
			room: { __rl: true, mode: 'id', value: '={{ "12a" }}' },
			howMany: 3,
		});
		expect(badRoom.error?.name).toBe('NodeOperationError');
		expect(badRoom.error?.message).toMatch(/"Room" field must be a numeric room ID/);
		expect([...zero.requests, ...badRoom.requests]).toEqual([]);
	});

	it('passes on the API error for a room that is not token protected', async () => {
		const open = sim.addRoom({ access_type: 1 });
		const { error, requests } = await runOperation(sim, 'accessToken', 'generate', {
			room: room(open.id),
			howMany: 2,
		});
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 422');
		expect(error?.message).toContain('access_type');
		expect(lines(requests)).toEqual([`POST /conferences/${open.id}/tokens 422`]);
	});

	it('says how many tokens were made when a later request of a split fails', async () => {
		sim.options.maxTokensPerRoom = 1500;
		const target = sim.addRoom({ access_type: 3 });
		const { error, requests } = await runOperation(sim, 'accessToken', 'generate', {
			room: room(target.id),
			howMany: 2000,
		});
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 422');
		expect(error?.description).toMatch(/1000 of the 2000 tokens were generated/);
		expect(lines(requests)).toEqual([
			`POST /conferences/${target.id}/tokens 200`,
			`POST /conferences/${target.id}/tokens 422`,
		]);
	});

	it('with Continue On Fail, a bad item gives an error item and the others still run', async () => {
		const target = sim.addRoom({ access_type: 3 });
		const { error, items, requests } = await runOperation(
			sim,
			'accessToken',
			'generate',
			{ room: room(target.id), howMany: '={{ $json.n }}' },
			{ continueOnFail: true, input: [{ n: 2 }, { n: -1 }, { n: 1 }] },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(4);
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(String(items[2].json.error)).toMatch(/"How Many"/);
		expect(requests.map((r) => r.body)).toEqual([{ how_many: '2' }, { how_many: '1' }]);
	});
});
