/** A room's recordings: list, delete all, delete one. */
import { notFound } from '../errors';
import { recordingView } from '../views';
import { deleted, ok, roomOf, route } from './route';

export const recordingRoutes = [
	route('GET /conferences/:room_id/recordings', (c) => {
		const room = roomOf(c);
		const recs = [...c.host.state.recordings.values()].filter((r) => r.room_id === room.id);
		return ok(recs.map(recordingView));
	}),
	route('DELETE /conferences/:room_id/recordings', (c) => {
		const room = roomOf(c);
		const recs = c.host.state.recordings;
		for (const [id, r] of recs) if (r.room_id === room.id) recs.delete(id);
		return deleted(c, { STATUS: 'OK' });
	}),
	route('DELETE /conferences/:room_id/recordings/:recording_id', (c) => {
		const room = roomOf(c);
		const id = c.params.recording_id;
		const rec = c.host.state.recordings.get(Number(id));
		if (!rec || rec.room_id !== room.id)
			throw notFound('recording_id', `Recording ${id} not found in room ${room.id}.`);
		c.host.state.recordings.delete(rec.id);
		return deleted(c, { STATUS: 'OK' });
	}),
];
