/** The Room locator's From List search (methods/listSearch.ts) over GET /conferences/active, page by page. */
import { searchRooms } from '../../nodes/ClickMeeting/methods/listSearch';
import type { ClickMeetingSimulator } from '../../simulator';
import { roomBy } from '../harness/builders';
import { loadOptionsContext } from '../harness/load-options';
import { useSimulator } from '../harness/simulator';

async function search(sim: ClickMeetingSimulator, filter?: string) {
	const parameters = { resource: 'conference', operation: 'get', room: roomBy('list', '') };
	return await searchRooms.call(loadOptionsContext(sim, parameters, 'parameters.room'), filter);
}

describe('Room list search: GET /conferences/active', () => {
	const sim = useSimulator();

	beforeEach(() => {
		sim.options.activeRoomsPaging = 'paged';
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
