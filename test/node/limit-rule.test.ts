import type { INodeParameters } from 'n8n-workflow';

import { room } from '../harness/builders';
import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';

/**
 * The one Limit rule (helpers/limit.ts): every Get Many with Return All / Limit refuses a Limit that
 * is not a whole number of at least 1, naming the field, before any request; a Limit of n returns
 * exactly the first n of what Return All returns. Rooms, sessions and tokens are the demo seed's.
 */
const GET_MANY: Array<[string, INodeParameters]> = [
	['GET /phone_gateways', { resource: 'phoneGateway', operation: 'getAll' }],
	['GET /time_zone_list', { resource: 'timeZone', operation: 'getAll' }],
	['GET /chats', { resource: 'chat', operation: 'getAll' }],
	['GET /file-library', { resource: 'file', operation: 'getAll', scope: 'account' }],
	['GET /conferences/:status', { resource: 'conference', operation: 'getAll', status: 'active' }],
	[
		'GET /conferences/:room_id/recordings',
		{ resource: 'recording', operation: 'getAll', room: room(1001) },
	],
	[
		'GET /conferences/:room_id/registrations/:status',
		{ resource: 'registration', operation: 'getAll', room: room(1002), status: 'all' },
	],
	[
		'GET /conferences/:room_id/sessions/:session_id/registrations',
		{ resource: 'registration', operation: 'getAllForSession', room: room(1002), session: '60003' },
	],
	[
		'GET /conferences/:room_id/tokens',
		{ resource: 'accessToken', operation: 'getAll', room: room(1004) },
	],
	[
		'GET /conferences/:room_id/sessions',
		{ resource: 'session', operation: 'getAll', room: room(1001) },
	],
	[
		'GET /conferences/:room_id/sessions/:session_id/attendees',
		{ resource: 'attendee', operation: 'getAll', room: room(1001), session: '60001' },
	],
];

describe('Return All / Limit of every Get Many (the one Limit rule)', () => {
	const sim = useSimulator({ seed: true, resetEach: false });

	describe.each(GET_MANY)('%s', (_endpoint, parameters) => {
		it.each([
			['-1', -1],
			['0', 0],
			['NaN', NaN],
			['1.5', 1.5],
		])('refuses Limit %s naming the field, before any request', async (_label, limit) => {
			const { error, requests } = await runNode(sim, { ...parameters, returnAll: false, limit });
			expect(error?.message).toBe(
				`The "Limit" field must be a whole number of at least 1, got "${String(limit)}"`,
			);
			expect((error as { description?: string }).description).toBe('Or turn on Return All.');
			expect(requests).toEqual([]);
		});

		it('returns exactly n items for Limit n, the first n of Return All', async () => {
			const all = await runNode(sim, { ...parameters, returnAll: true });
			expect(all.error).toBeUndefined();
			expect(all.items.length).toBeGreaterThanOrEqual(2);
			for (const n of [1, 2, Math.min(3, all.items.length)]) {
				const some = await runNode(sim, { ...parameters, returnAll: false, limit: n });
				expect(some.error).toBeUndefined();
				expect(some.items.map((item) => item.json)).toEqual(
					all.items.slice(0, n).map((item) => item.json),
				);
			}
		}, 60_000);
	});
});
