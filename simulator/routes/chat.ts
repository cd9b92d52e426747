/** Chats: the list of sessions with a chat, and one chat as a ZIP holding chat.csv. */
import { chatCsv } from '../content';
import { notFound } from '../errors';
import { chatListView } from '../views';
import { createZip } from '../zip';
import { download, ok, route } from './route';

export const chatRoutes = [
	route('GET /chats', (c) => {
		const state = c.host.state;
		const start = (sessionId: number): number => state.sessions.get(sessionId)?.start_date ?? 0;
		const chats = [...state.chats.values()].filter((ch) => state.rooms.has(ch.room_id));
		chats.sort((a, b) => start(b.session_id) - start(a.session_id));
		return ok(chats.map((ch) => chatListView(state, ch, c.apiBase)));
	}),
	route('GET /chats/:session_id', (c) => {
		const state = c.host.state;
		const chat = state.chats.get(Number(c.params.session_id));
		if (!chat || !state.rooms.has(chat.room_id))
			throw notFound('session_id', `Chat of session ${c.params.session_id} not found.`);
		// recorded answers: a deflated ZIP holding chat.csv
		const data = Buffer.from(chatCsv(state, chat), 'utf8');
		const zip = createZip([{ name: 'chat.csv', data, deflate: true }]);
		return download(zip, 'application/zip', `attachment; filename="chat_${chat.session_id}.zip"`);
	}),
];
