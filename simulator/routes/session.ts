/** A room's sessions and one session's detail (with its PDF report map). */
import { sessionListView, sessionView } from '../views';
import { ok, roomOf, route, sessionOf } from './route';

export const sessionRoutes = [
	route('GET /conferences/:room_id/sessions', (c) => {
		const room = roomOf(c);
		return ok(c.host.state.sessionsOfRoom(room.id).map((s) => sessionListView(c.host.state, s)));
	}),
	route('GET /conferences/:room_id/sessions/:sessoin_id', (c) => {
		const { pdfSteps, pdfInProgressSpelling } = c.host.options;
		const s = sessionOf(c, roomOf(c));
		return ok(sessionView(c.host.state, s, c.apiBase, pdfSteps, pdfInProgressSpelling));
	}),
];
