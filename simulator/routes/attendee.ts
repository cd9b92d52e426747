/** A session's attendees. */
import { attendeeView } from '../views';
import { ok, roomOf, route, sessionOf } from './route';

export const attendeeRoutes = [
	route('GET /conferences/:room_id/sessions/:session_id/attendees', (c) => {
		const room = roomOf(c);
		return ok(sessionOf(c, room).attendees.map((a) => attendeeView(a, room.timezone)));
	}),
];
