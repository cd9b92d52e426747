/** The Room locator's From List search (methods/listSearch.ts) over GET /conferences/active, page by page. */
import { LoadOptionsContext } from 'n8n-core';
import type { INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { searchRooms } from '../../nodes/ClickMeeting/methods/listSearch';
import type { ClickMeetingSimulator } from '../../simulator';
import { startSimulator } from '../../simulator';
import { CLICKMEETING, TestNodeTypes } from '../harness/node-types';
import { buildAdditionalData, credentialsFor } from '../harness/run-workflow';

async function search(sim: ClickMeetingSimulator, filter?: string) {
	const parameters = {
		resource: 'conference',
		operation: 'get',
		room: { __rl: true, mode: 'list', value: '' },
	};
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
	return await searchRooms.call(
		new LoadOptionsContext(workflow, node, additionalData, 'parameters.room'),
		filter,
	);
}

describe('Room list search: GET /conferences/active', () => {
	let sim: ClickMeetingSimulator;

	beforeAll(async () => {
		sim = await startSimulator({ seed: false });
	});
	beforeEach(() => {
		sim.reset(false);
		sim.options.activeRoomsPaging = 'paged';
	});
	afterAll(async () => {
		await sim.close();
	});

	it('finds a room on the second page (more than 250 active rooms)', async () => {
		sim.seedRooms(300);
		const late = sim.addRoom({ name: 'Quarterly Review' });
		sim.clearRequests();

		const { results } = await search(sim, 'quarterly');
		expect(results).toEqual([
			{
				name: `Quarterly Review (meeting, ID ${late.id})`,
				value: String(late.id),
				url: `https://sim.clickmeeting.test/${late.name_url}`,
			},
		]);
		expect(sim.requests.map((r) => `${r.path}?page=${r.query.page} ${r.status}`)).toEqual([
			'/conferences/active?page=1 200',
			'/conferences/active?page=2 200',
		]);
	});

	it('stops at a repeated page when the API ignores `page`', async () => {
		sim.options.activeRoomsPaging = 'ignored';
		sim.seedRooms(260);
		sim.clearRequests();

		const { results } = await search(sim);
		expect(results).toHaveLength(260);
		expect(sim.requests.map((r) => r.query.page)).toEqual(['1', '2']);
	});
});
