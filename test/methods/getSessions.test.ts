import type { INodeParameters } from 'n8n-workflow';

import { getSessions } from '../../nodes/ClickMeeting/methods/loadOptions';
import type { ClickMeetingSimulator } from '../../simulator';
import { useTwoSessions } from '../fixtures/sessions';
import { room, roomBy } from '../harness/builders';
import { loadOptionsContext } from '../harness/load-options';
import { useSimulator } from '../harness/simulator';

/** Runs the getSessions load-options method as the editor does, with these node parameters. */
async function loadSessions(sim: ClickMeetingSimulator, parameters: INodeParameters) {
	return await getSessions.call(loadOptionsContext(sim, parameters, 'parameters.session'));
}

/** The Session dropdown of Session: Get and friends. */
describe('GET /conferences/:room_id/sessions (getSessions)', () => {
	const sim = useSimulator();
	const given = useTwoSessions(sim);

	it('lists the chosen room’s sessions, newest first, with date and time', async () => {
		sim.clearRequests();
		const options = await loadSessions(sim, {
			resource: 'session',
			operation: 'get',
			room: room(given.roomId),
		});

		expect(options).toEqual([
			{
				name: `2024-05-07 09:30 – 10:30 (ID ${given.sessionIds[1]})`,
				value: String(given.sessionIds[1]),
				description: '0 visitors',
			},
			{
				name: `2024-05-06 09:30 – 10:30 (ID ${given.sessionIds[0]})`,
				value: String(given.sessionIds[0]),
				description: '1 visitor',
			},
		]);
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /conferences/${given.roomId}/sessions`,
		]);
	});

	it('is empty while no room is chosen', async () => {
		sim.clearRequests();
		const options = await loadSessions(sim, {
			resource: 'session',
			operation: 'get',
			room: roomBy('list', ''),
		});
		expect(options).toEqual([]);
		expect(sim.requests).toHaveLength(0);
	});
});
