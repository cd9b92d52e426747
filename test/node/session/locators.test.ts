import type { INodeParameters } from 'n8n-workflow';

import { searchSessions } from '../../../nodes/ClickMeeting/methods/listSearch';
import type { ClickMeetingSimulator } from '../../../simulator';
import { HOUR, twoSessions } from '../../fixtures/sessions';
import { locator, room, roomBy } from '../../harness/builders';
import { listSearch } from '../../harness/load-options';
import { runOperation } from '../../harness/operation';
import { useSimulator } from '../../harness/simulator';

const session = locator;

/** Runs the Session locator's list search as the editor does, with these node parameters. */
async function search(
	sim: ClickMeetingSimulator,
	parameters: INodeParameters,
	filter?: string,
	token?: string,
) {
	return await listSearch(searchSessions, sim, parameters, 'parameters.session', filter, token);
}

describe('GET /conferences/:room_id/sessions (searchSessions, the Session locator)', () => {
	const sim = useSimulator();
	let roomId: number;
	let sessionIds: number[];
	const params = (roomParam: INodeParameters[string]): INodeParameters => ({
		resource: 'session',
		operation: 'get',
		room: roomParam,
	});

	beforeEach(() => {
		({ roomId, sessionIds } = twoSessions(sim));
	});

	it('lists the room’s sessions, newest first, in one request, without a next page', async () => {
		sim.clearRequests();
		const found = await search(sim, params(room(roomId)));
		expect(found.results.map((r) => r.value)).toEqual([
			String(sessionIds[1]),
			String(sessionIds[0]),
		]);
		expect(found.results[1]).toEqual({
			name: `2024-05-06 09:30 – 10:30 (ID ${sessionIds[0]})`,
			value: String(sessionIds[0]),
			description: '1 visitor',
		});
		expect(found.paginationToken).toBeUndefined();
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /conferences/${roomId}/sessions`,
		]);
	});

	it('filters by date or by ID', async () => {
		const byDate = await search(sim, params(room(roomId)), '2024-05-07');
		expect(byDate.results.map((r) => r.value)).toEqual([String(sessionIds[1])]);
		const byId = await search(sim, params(room(roomId)), ` ${sessionIds[0]} `);
		expect(byId.results.map((r) => r.value)).toEqual([String(sessionIds[0])]);
		const none = await search(sim, params(room(roomId)), '1999-01-01');
		expect(none.results).toEqual([]);
	});

	it('takes the room from the Room field in any mode (By URL: the room is looked up first)', async () => {
		const url = `https://sim.clickmeeting.test/${String(sim.state.rooms.get(roomId)?.name_url)}`;
		sim.clearRequests();
		const found = await search(sim, params(roomBy('url', url)));
		expect(found.results).toHaveLength(2);
		expect(sim.requests.map((r) => r.path)).toEqual([
			'/conferences/active',
			`/conferences/${roomId}/sessions`,
		]);
		const fromList = await search(sim, params(roomBy('list', String(roomId))));
		expect(fromList.results).toHaveLength(2);
	});

	it('is empty, without a request, while no room (or no valid room) is chosen', async () => {
		sim.clearRequests();
		expect((await search(sim, params(roomBy('list', '')))).results).toEqual([]);
		expect((await search(sim, params(room('abc')))).results).toEqual([]);
		expect(sim.requests).toHaveLength(0);
	});

	it('pages 100 results at a time: the token asks for the next page', async () => {
		const start = Date.UTC(2024, 0, 1);
		for (let i = 0; i < 128; i++)
			sim.addSession(roomId, { start_date: start + i * HOUR, end_date: start + i * HOUR + 1000 });
		const first = await search(sim, params(room(roomId)));
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await search(sim, params(room(roomId)), undefined, first.paginationToken);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results].map((r) => r.value);
		expect(new Set(all).size).toBe(130);
	});
});

describe('GET /conferences/:room_id/sessions/:session_id (Session locator in the operations)', () => {
	const sim = useSimulator();
	let roomId: number;
	let sessionIds: number[];

	beforeEach(() => {
		({ roomId, sessionIds } = twoSessions(sim));
	});

	it.each([['id'], ['list']] as const)('Session Get reads the session given %s', async (mode) => {
		const { items, error, requests } = await runOperation(sim, 'session', 'get', {
			room: room(roomId),
			session: session(mode, String(sessionIds[0])),
		});
		expect(error).toBeUndefined();
		expect(requests.at(-1)?.path).toBe(`/conferences/${roomId}/sessions/${sessionIds[0]}`);
		expect(items[0].json).toMatchObject({ id: sessionIds[0], room_id: roomId, total_visitors: 1 });
	});

	it('a session ID that is not a number (from an expression) is refused before any request, naming the field', async () => {
		const { error, requests } = await runOperation(sim, 'session', 'get', {
			room: room(roomId),
			session: session('id', '={{ "12a" }}'),
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('The "Session" field must be a numeric session ID, got "12a"');
		expect(requests).toHaveLength(0);
	});

	it('an empty session (an expression giving nothing) is refused before any request', async () => {
		const { error, requests } = await runOperation(sim, 'session', 'getSummary', {
			room: room(roomId),
			session: session('id', '={{ "" }}'),
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toContain('"Session"');
		expect(requests).toHaveLength(0);
	});

	it('Attendee Get Many: a picked session reads that session only; none picked reads every session', async () => {
		const one = await runOperation(sim, 'attendee', 'getAll', {
			room: room(roomId),
			session: session('list', String(sessionIds[0])),
			returnAll: true,
			output: 'raw',
		});
		expect(one.error).toBeUndefined();
		expect(one.requests.map((r) => r.path)).toEqual([
			`/conferences/${roomId}/sessions/${sessionIds[0]}/attendees`,
		]);
		expect(one.items.map((i) => i.json.email)).toEqual(['a@example.com']);

		const every = await runOperation(sim, 'attendee', 'getAll', {
			room: room(roomId),
			session: session('list', ''),
			returnAll: true,
			output: 'raw',
		});
		expect(every.error).toBeUndefined();
		expect(every.requests.map((r) => r.path)).toEqual([
			`/conferences/${roomId}/sessions`,
			`/conferences/${roomId}/sessions/${sessionIds[0]}/attendees`,
			`/conferences/${roomId}/sessions/${sessionIds[1]}/attendees`,
		]);
	});
});
