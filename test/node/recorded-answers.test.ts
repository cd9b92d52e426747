/**
 * The node against answers the live API sometimes gives (issue 16): a DELETE answering the bare JSON
 * string "200 OK", and an error body whose `code` is a string.
 */
import { runOperation } from '../harness/operation';
import { room } from '../harness/builders';
import { lines } from '../harness/requests';
import { useSimulator } from '../harness/simulator';

describe('Recorded answers', () => {
	const sim = useSimulator();

	beforeEach(() => {
		sim.options.bareOkDeletes = false;
		sim.options.stringErrorCodes = false;
	});

	it('DELETE /conferences/:room_id and friends answering "200 OK": each delete is done, with its usual output', async () => {
		sim.options.bareOkDeletes = true;
		const target = sim.addRoom();
		const rec = sim.addRecording(target.id);
		sim.addRecording(target.id);
		const file = sim.addFile(Buffer.from('a'), 'a.txt');

		const one = await runOperation(sim, 'recording', 'delete', {
			room: room(target.id),
			recordingId: String(rec.id),
		});
		expect(one.error).toBeUndefined();
		expect(one.items.map((item) => item.json)).toEqual([
			{ deleted: true, id: rec.id, room_id: target.id },
		]);

		const all = await runOperation(sim, 'recording', 'deleteAll', {
			room: room(target.id),
		});
		expect(all.error).toBeUndefined();
		expect(lines(all.requests)).toEqual([`DELETE /conferences/${target.id}/recordings 200`]);

		const gone = await runOperation(sim, 'file', 'delete', {
			fileId: String(file.id),
		});
		expect(gone.error).toBeUndefined();
		expect(gone.items.map((item) => item.json)).toEqual([{ deleted: true, id: file.id }]);

		const removed = await runOperation(sim, 'conference', 'delete', {
			room: room(target.id),
		});
		expect(removed.error).toBeUndefined();
		expect(removed.items.map((item) => item.json)).toEqual([{ deleted: true, id: target.id }]);
		expect([sim.state.rooms.size, sim.state.recordings.size, sim.state.files.size]).toEqual([
			0, 0, 0,
		]);
	});

	it('an error body with a string code ("422") still gives the API message and the status', async () => {
		sim.options.stringErrorCodes = true;
		const closed = sim.addRoom({ registration_enabled: false });
		const { error } = await runOperation(sim, 'registration', 'register', {
			room: room(closed.id),
			firstName: 'A',
			lastName: 'B',
			email: 'a@example.com',
		});
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 422');
		expect(error?.message).toContain('Registration is disabled for this room');
	});
});
