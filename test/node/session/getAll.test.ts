import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeParameters } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { getSessions } from '../../../nodes/ClickMeeting/methods/loadOptions';
import type { ClickMeetingSimulator } from '../../../simulator';
import { startSimulator } from '../../../simulator';
import { buildAdditionalData, credentialsFor, runNode } from '../../harness/run-workflow';
import { CLICKMEETING, TestNodeTypes } from '../../harness/node-types';

const room = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });
const HOUR = 3_600_000;

/** Runs the getSessions load-options method as the editor does, with these node parameters. */
async function loadSessions(sim: ClickMeetingSimulator, parameters: INodeParameters) {
	const node: INode = {
		id: 'clickmeeting',
		name: 'ClickMeeting',
		type: CLICKMEETING,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { clickMeetingApi: { id: '1', name: 'ClickMeeting account' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes(),
	});
	const additionalData = buildAdditionalData(credentialsFor(sim));
	additionalData.currentNodeParameters = parameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.session');
	return await getSessions.call(context);
}

describe('Session', () => {
	let sim: ClickMeetingSimulator;
	let roomId: number;
	let sessionIds: number[];

	beforeAll(async () => {
		sim = await startSimulator({ seed: false });
	});
	beforeEach(() => {
		sim.reset(false);
		const r = sim.addRoom({ name: 'Team sync', timezone: 'UTC' });
		roomId = r.id;
		const start = Date.UTC(2024, 4, 6, 9, 30);
		sessionIds = [
			sim.addSession(roomId, {
				start_date: start,
				end_date: start + HOUR,
				attendees: [{ email: 'a@example.com' }],
			}).id,
			sim.addSession(roomId, { start_date: start + 24 * HOUR, end_date: start + 25 * HOUR }).id,
		];
		sim.addSession(sim.addRoom({ name: 'Other' }).id);
	});
	afterAll(async () => {
		await sim.close();
	});

	describe('Get Many', () => {
		it('outputs one item per session of the room, as the API gives them', async () => {
			const { items, error, requests } = await runNode(sim, {
				resource: 'session',
				operation: 'getAll',
				room: room(roomId),
				returnAll: true,
			});

			expect(error).toBeUndefined();
			expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
				`GET /conferences/${roomId}/sessions 200`,
			]);
			expect(items.map((item) => item.json)).toEqual([
				{
					max_visitors: 1,
					id: sessionIds[0],
					start_date: '2024-05-06T09:30:00+00:00',
					end_date: '2024-05-06T10:30:00+00:00',
					total_visitors: 1,
				},
				{
					max_visitors: 0,
					id: sessionIds[1],
					start_date: '2024-05-07T09:30:00+00:00',
					end_date: '2024-05-07T10:30:00+00:00',
					total_visitors: 0,
				},
			]);
			expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		});

		it('stops at the limit', async () => {
			const { items } = await runNode(sim, {
				resource: 'session',
				operation: 'getAll',
				room: room(roomId),
				returnAll: false,
				limit: 1,
			});
			expect(items.map((item) => item.json.id)).toEqual([sessionIds[0]]);
		});

		it('reports an unknown room as a NodeApiError with the API text', async () => {
			const { error, requests } = await runNode(sim, {
				resource: 'session',
				operation: 'getAll',
				room: room(999),
				returnAll: true,
			});

			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toContain('HTTP 404');
			expect(error?.message).toContain('Room 999 not found');
			expect(requests).toHaveLength(1);
		});
	});

	describe('Get', () => {
		it('checks the session against the room, then gets it with attendees and PDF links', async () => {
			const { items, error, requests } = await runNode(sim, {
				resource: 'session',
				operation: 'get',
				room: room(roomId),
				session: String(sessionIds[0]),
				output: 'raw',
			});

			expect(error).toBeUndefined();
			expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
				`GET /conferences/${roomId}/sessions 200`,
				`GET /conferences/${roomId}/sessions/${sessionIds[0]} 200`,
			]);
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				start_date: '2024-05-06T09:30:00+00:00',
				total_visitors: 1,
				attendees: [expect.objectContaining({ email: 'a@example.com', login: 'visitor1' })],
			});
			// as ClickMeeting sends it: no "id" in the session detail, a pdf map of five languages
			expect(items[0].json).not.toHaveProperty('id');
			expect(Object.keys(items[0].json.pdf as object).sort()).toEqual([
				'de',
				'en',
				'es',
				'pl',
				'ru',
			]);
		});

		it('rejects a non-numeric session ID before any request', async () => {
			const { error, requests } = await runNode(sim, {
				resource: 'session',
				operation: 'get',
				room: room(roomId),
				session: 'abc',
			});

			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toBe('The "Session" field must be a numeric session ID, got "abc"');
			expect(requests).toHaveLength(0);
		});

		it('rejects a non-numeric room ID before any request', async () => {
			const { error, requests } = await runNode(sim, {
				resource: 'session',
				operation: 'get',
				room: room('={{ "x1" }}'),
				session: '1',
			});

			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toContain('"Room"');
			expect(requests).toHaveLength(0);
		});

		it('rejects a session of another room, naming the field, without asking for the session', async () => {
			const other = sim.state.sessionsOfRoom(roomId + 1)[0].id;
			const { error, requests } = await runNode(sim, {
				resource: 'session',
				operation: 'get',
				room: room(roomId),
				session: String(other),
			});

			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toBe(
				`Session ${other} is not a session of room ${roomId} (field "Session")`,
			);
			expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /conferences/${roomId}/sessions`,
			]);
		});

		it('with Continue On Fail, fails only the bad item', async () => {
			const { items, error } = await runNode(
				sim,
				{
					resource: 'session',
					operation: 'get',
					room: room(roomId),
					session: '={{ $json.session }}',
				},
				{
					input: [{ session: sessionIds[1] }, { session: 'nope' }, { session: sessionIds[0] }],
					continueOnFail: true,
				},
			);

			expect(error).toBeUndefined();
			expect(items).toHaveLength(3);
			expect(items[0].json.id).toBe(sessionIds[1]);
			expect(items[1].json).toEqual({
				error: 'The "Session" field must be a numeric session ID, got "nope"',
			});
			expect(items[2].json.id).toBe(sessionIds[0]);
			expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		});
	});

	describe('Session dropdown (getSessions)', () => {
		it('lists the chosen room’s sessions, newest first, with date and time', async () => {
			sim.clearRequests();
			const options = await loadSessions(sim, {
				resource: 'session',
				operation: 'get',
				room: room(roomId),
			});

			expect(options).toEqual([
				{
					name: `2024-05-07 09:30 – 10:30 (ID ${sessionIds[1]})`,
					value: String(sessionIds[1]),
					description: '0 visitors',
				},
				{
					name: `2024-05-06 09:30 – 10:30 (ID ${sessionIds[0]})`,
					value: String(sessionIds[0]),
					description: '1 visitor',
				},
			]);
			expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /conferences/${roomId}/sessions`,
			]);
		});

		it('is empty while no room is chosen', async () => {
			sim.clearRequests();
			const options = await loadSessions(sim, {
				resource: 'session',
				operation: 'get',
				room: { __rl: true, mode: 'list', value: '' },
			});
			expect(options).toEqual([]);
			expect(sim.requests).toHaveLength(0);
		});
	});
});
