/**
 * Access Token → Get Many filters (GET /conferences/:room_id/tokens), through n8n-core against the
 * simulator; the expected tokens are read from the simulator's own data.
 */
import type { INodeParameters } from 'n8n-workflow';

import type { AccessToken } from '../../../simulator';
import { lines } from '../../harness/requests';
import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:room_id/tokens with Filters', () => {
	const sim = useSimulator();
	let roomId: number;
	let tokens: AccessToken[];

	beforeEach(() => {
		roomId = sim.addRoom({ access_type: 3, timezone: 'UTC' }).id;
		tokens = sim.state.generateTokens(roomId, 8);
		const used = Date.UTC(2024, 2, 1, 10, 0);
		tokens[0].sent_to_email = 'Ann@Example.com';
		tokens[1].sent_to_email = 'ann@example.com';
		tokens[1].first_use_date = used;
		tokens[1].used_by = 'ann@example.com';
		tokens[2].sent_to_email = 'bob@example.com';
		// used by someone it was not sent to
		tokens[3].first_use_date = used;
		tokens[3].used_by = 'walkin@example.com';
		tokens[4].sent_to_email = 'anna@example.com';
	});

	const run = (filters: INodeParameters, extra: INodeParameters = {}) =>
		runOperation(sim, 'accessToken', 'getAll', {
			room: room(roomId),
			returnAll: true,
			filters,
			...extra,
		});
	const codes = (keep: (t: AccessToken) => boolean) => tokens.filter(keep).map((t) => t.token);

	it('by sent_to_email, case-insensitive, whole address only, in one request', async () => {
		const { items, error, requests } = await run({ sentToEmail: ' ANN@example.com ' });
		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`GET /conferences/${roomId}/tokens 200`]);
		expect(items.map((item) => item.json.token)).toEqual(
			codes((t) => t.sent_to_email?.toLowerCase() === 'ann@example.com'),
		);
		expect(items).toHaveLength(2);
	});

	it('used and unused', async () => {
		const used = await run({ used: 'used' });
		expect(used.items.map((item) => item.json.token)).toEqual(
			codes((t) => t.first_use_date !== null),
		);
		expect(used.items.map((item) => item.json.first_use_date)).toEqual([
			'2024-03-01T10:00:00+00:00',
			'2024-03-01T10:00:00+00:00',
		]);

		const unused = await run({ used: 'unused' });
		expect(unused.items.map((item) => item.json.token)).toEqual(
			codes((t) => t.first_use_date === null),
		);
		expect(unused.items).toHaveLength(6);
	});

	it('both filters together, then the Limit', async () => {
		const both = await run({ sentToEmail: 'ann@example.com', used: 'unused' });
		expect(both.items.map((item) => item.json.token)).toEqual([tokens[0].token]);

		const limited = await run({ used: 'unused' }, { returnAll: false, limit: 2 });
		expect(limited.items.map((item) => item.json.token)).toEqual(
			codes((t) => t.first_use_date === null).slice(0, 2),
		);
		expect(limited.requests).toHaveLength(1);
	});

	it('a bad Used value fails naming the filter, before any request', async () => {
		const { error, requests } = await run({ used: 'sometimes' });
		expect(error?.message).toContain('"Used"');
		expect(requests).toHaveLength(0);
	});
});

describe('GET /conferences/:room_id/tokens', () => {
	const sim = useSimulator();

	beforeEach(() => {
		sim.options.maxTokensPerRoom = 4000;
	});

	it('outputs one item per token, all or up to the limit', async () => {
		const target = sim.addRoom({ access_type: 3 });
		const made = sim.state.generateTokens(target.id, 4);
		made[0].sent_to_email = 'a@example.com';

		const all = await runOperation(sim, 'accessToken', 'getAll', {
			room: room(target.id),
			returnAll: true,
		});
		expect(all.error).toBeUndefined();
		expect(lines(all.requests)).toEqual([`GET /conferences/${target.id}/tokens 200`]);
		expect(all.items.map((item) => item.json.token)).toEqual(made.map((t) => t.token));
		expect(all.items[0].json).toEqual({
			token: made[0].token,
			sent_to_email: 'a@example.com',
			first_use_date: null,
		});

		const some = await runOperation(sim, 'accessToken', 'getAll', {
			room: room(target.id),
			returnAll: false,
			limit: 2,
		});
		expect(some.items.map((item) => item.json.token)).toEqual(made.slice(0, 2).map((t) => t.token));
		expect(some.requests).toHaveLength(1);
	});

	it('reports a missing room as a NodeApiError', async () => {
		const { error } = await runOperation(sim, 'accessToken', 'getAll', {
			room: room(424242),
			returnAll: true,
		});
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 404');
	});
});
