import type { NodeApiError } from 'n8n-workflow';

import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:room_id/recordings, DELETE /conferences/:room_id/recordings and DELETE /conferences/:room_id/recordings/:recording_id', () => {
	const sim = useSimulator();

	it('Get Many lists the recordings of a room, one item per recording', async () => {
		const target = sim.addRoom();
		const other = sim.addRoom();
		const first = sim.addRecording(target.id, {
			recording_duration: 300,
			recorder_started: Date.UTC(2024, 5, 4, 13, 14, 3),
			recording_file_size: 30000,
			recording_url: 'http://recorder.example/?st=a',
		});
		const second = sim.addRecording(target.id);
		sim.addRecording(other.id);

		const { error, items, requests } = await runOperation(sim, 'recording', 'getAll', {
			room: room(target.id),
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`GET /conferences/${target.id}/recordings 200`]);
		expect(items.map((item) => item.json.id)).toEqual([first.id, second.id]);
		expect(requests[0].status).toBe(200);
		// ClickMeeting sends the size as a string ("30000"): the output has a number
		expect(sim.state.recordings.get(first.id)?.recording_file_size).toBe(30000);
		expect(items[0].json).toEqual({
			id: first.id,
			recording_duration: 300,
			recorder_started: '2024-06-04 13:14:03',
			recorder_start_date: '2024-06-04T13:14:03+00:00',
			recording_file_size: 30000,
			recording_url: 'http://recorder.example/?st=a',
			recording_name: `recording_${first.id}`,
		});
		expect(typeof items[1].json.recording_file_size).toBe('number');
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('Get Many applies the limit', async () => {
		const target = sim.addRoom();
		for (let i = 0; i < 3; i++) sim.addRecording(target.id);
		const { items } = await runOperation(sim, 'recording', 'getAll', {
			room: room(target.id),
			returnAll: false,
			limit: 2,
		});
		expect(items).toHaveLength(2);
	});

	it('Delete removes one recording and outputs { deleted, id }', async () => {
		const target = sim.addRoom();
		const keep = sim.addRecording(target.id);
		const gone = sim.addRecording(target.id);

		const { error, items, requests } = await runOperation(sim, 'recording', 'delete', {
			room: room(target.id),
			recordingId: String(gone.id),
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`DELETE /conferences/${target.id}/recordings/${gone.id} 200`]);
		expect(items.map((item) => item.json)).toEqual([
			{ deleted: true, id: gone.id, room_id: target.id },
		]);
		expect([...sim.state.recordings.keys()]).toEqual([keep.id]);
	});

	it('Delete All deletes only that room’s recordings', async () => {
		const target = sim.addRoom();
		const other = sim.addRoom();
		sim.addRecording(target.id);
		sim.addRecording(target.id);
		const kept = sim.addRecording(other.id);

		const { error, items, requests } = await runOperation(sim, 'recording', 'deleteAll', {
			room: room(target.id),
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`DELETE /conferences/${target.id}/recordings 200`]);
		expect(items.map((item) => item.json)).toEqual([
			{ deleted: true, room_id: target.id, all_recordings: true },
		]);
		expect([...sim.state.recordings.keys()]).toEqual([kept.id]);
	});

	it('says plainly that Delete All is destructive', async () => {
		const { ClickMeeting } = await import('../../../nodes/ClickMeeting/ClickMeeting.node');
		const properties = new ClickMeeting().description.properties;
		const operation = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('recording'),
		);
		const option = operation?.options?.find((o) => 'value' in o && o.value === 'deleteAll') as
			| { name: string; description: string }
			| undefined;
		expect(option?.name).toBe('Delete All');
		expect(option?.description).toMatch(/every recording/i);
		expect(option?.description).toMatch(/cannot be undone/i);
		const notice = properties.find((p) => p.name === 'deleteAllNotice');
		expect(notice?.type).toBe('notice');
	});

	it('reports an unknown recording ID as a NodeApiError with the API text', async () => {
		const target = sim.addRoom();
		const { error, requests } = await runOperation(sim, 'recording', 'delete', {
			room: room(target.id),
			recordingId: '777',
		});

		expect(error?.name).toBe('NodeApiError');
		expect((error as unknown as NodeApiError).httpCode).toBe('404');
		expect(error?.message).toContain(`Recording 777 not found in room ${target.id}.`);
		expect(lines(requests)).toEqual([`DELETE /conferences/${target.id}/recordings/777 404`]);
	});

	it('with Continue On Fail, an unknown recording fails only its own item', async () => {
		const target = sim.addRoom();
		const rec = sim.addRecording(target.id);
		const { error, items } = await runOperation(
			sim,
			'recording',
			'delete',
			{ room: room(target.id), recordingId: '={{ $json.rec }}' },
			{ continueOnFail: true, input: [{ rec: 777 }, { rec: rec.id }] },
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(String(items[0].json.error)).toContain('Recording 777 not found');
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json).toEqual({ deleted: true, id: rec.id, room_id: target.id });
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('rejects a non-numeric recording ID before any request', async () => {
		const target = sim.addRoom();
		const { error, requests } = await runOperation(sim, 'recording', 'delete', {
			room: room(target.id),
			recordingId: 'latest',
		});
		expect(error?.message).toBe('The "Recording" field must be a numeric ID, got "latest"');
		expect(requests).toEqual([]);
	});

	it('reports an unknown room as a NodeApiError', async () => {
		const { error, requests } = await runOperation(sim, 'recording', 'getAll', {
			room: room(9999),
			returnAll: true,
		});
		expect(error?.name).toBe('NodeApiError');
		expect((error as unknown as NodeApiError).httpCode).toBe('404');
		expect(lines(requests)).toEqual(['GET /conferences/9999/recordings 404']);
	});
});
