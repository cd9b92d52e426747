import type { INodeParameters } from 'n8n-workflow';

import { searchRecordings } from '../../../nodes/ClickMeeting/methods/listSearch';
import type { ClickMeetingSimulator } from '../../../simulator';
import { locator, room, roomBy } from '../../harness/builders';
import { listSearch } from '../../harness/load-options';
import { runOperation } from '../../harness/operation';
import { useSimulator } from '../../harness/simulator';

const recording = locator;
const DAY = 86_400_000;

async function search(
	sim: ClickMeetingSimulator,
	roomParam: INodeParameters[string],
	filter?: string,
	token?: string,
) {
	const parameters: INodeParameters = {
		resource: 'recording',
		operation: 'delete',
		room: roomParam,
	};
	return await listSearch(
		searchRecordings,
		sim,
		parameters,
		'parameters.recordingId',
		filter,
		token,
	);
}

describe('GET /conferences/:room_id/recordings (searchRecordings, the Recording locator)', () => {
	const sim = useSimulator();
	let roomId: number;
	let ids: number[];

	beforeEach(() => {
		roomId = sim.addRoom({ name: 'Team sync' }).id;
		const start = Date.UTC(2024, 4, 6, 9, 30);
		ids = [
			sim.addRecording(roomId, { recorder_started: start, recording_name: 'Kick-off' }).id,
			sim.addRecording(roomId, { recorder_started: start + DAY, recording_name: 'Review' }).id,
		];
		sim.addRecording(sim.addRoom({ name: 'Other' }).id, { recording_name: 'Elsewhere' });
	});

	it('lists the chosen room’s recordings only, newest first, with name and start', async () => {
		sim.clearRequests();
		const found = await search(sim, room(roomId));
		expect(found.results).toEqual([
			{ name: `Review, 2024-05-07 09:30 (ID ${ids[1]})`, value: String(ids[1]) },
			{ name: `Kick-off, 2024-05-06 09:30 (ID ${ids[0]})`, value: String(ids[0]) },
		]);
		expect(found.paginationToken).toBeUndefined();
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /conferences/${roomId}/recordings`,
		]);
	});

	it('filters by name, date or ID', async () => {
		expect((await search(sim, room(roomId), 'kick')).results.map((r) => r.value)).toEqual([
			String(ids[0]),
		]);
		expect((await search(sim, room(roomId), '2024-05-07')).results.map((r) => r.value)).toEqual([
			String(ids[1]),
		]);
		expect((await search(sim, room(roomId), String(ids[1]))).results).toHaveLength(1);
	});

	it('is empty, without a request, while no room is chosen', async () => {
		sim.clearRequests();
		expect((await search(sim, roomBy('list', ''))).results).toEqual([]);
		expect(sim.requests).toHaveLength(0);
	});

	it('pages 100 results at a time', async () => {
		for (let i = 0; i < 99; i++) sim.addRecording(roomId, { recording_name: `bulk ${i}` });
		const first = await search(sim, room(roomId));
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await search(sim, room(roomId), '', first.paginationToken);
		expect(second.results).toHaveLength(1);
		expect(second.paginationToken).toBeUndefined();
	});
});

describe('DELETE /conferences/:room_id/recordings/:recording_id (Recording locator)', () => {
	const sim = useSimulator();
	let roomId: number;
	let id: number;

	beforeEach(() => {
		roomId = sim.addRoom({ name: 'Team sync' }).id;
		id = sim.addRecording(roomId).id;
	});

	it.each([['id'], ['list']] as const)('deletes the recording given %s', async (mode) => {
		const { items, error, requests } = await runOperation(sim, 'recording', 'delete', {
			room: room(roomId),
			recordingId: recording(mode, String(id)),
		});
		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`DELETE /conferences/${roomId}/recordings/${id}`,
		]);
		expect(items[0].json).toMatchObject({ deleted: true, id });
		expect(sim.state.recordings.has(id)).toBe(false);
	});

	it('a recording ID that is not a number (from an expression) is refused before any request, naming the field', async () => {
		const { error, requests } = await runOperation(sim, 'recording', 'delete', {
			room: room(roomId),
			recordingId: recording('id', '={{ "5126x" }}'),
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('The "Recording" field must be a numeric ID, got "5126x"');
		expect(requests).toHaveLength(0);
		expect(sim.state.recordings.has(id)).toBe(true);
	});
});
