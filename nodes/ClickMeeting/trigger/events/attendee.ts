import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest, path } from '../../transport';
import { asList, fetchPerRoom, mapBounded } from '../fetch';
import type { WatchedRoom } from '../rooms';
import { getWatchedRooms, roomFields } from '../rooms';
import type { Cursor, Keyed, TriggerState } from '../state';
import { advance, byKey, isAfter, readState, writeState } from '../state';
import { endedPosition, fetchSessions } from './session';

export type SessionEvent = Keyed<IDataObject> & { room: WatchedRoom };

/** What an ended-session event turns into: the items of each new ended session. */
export interface SessionExpansion {
	/** The JSON of the items of each session, in the order given; may make requests. */
	expand(this: IPollFunctions, sessions: SessionEvent[]): Promise<IDataObject[][]>;
	/** Said in manual mode when no ended session gives an item. */
	noneMessage: string;
}

/** GET /conferences/:room_id/sessions/:session_id/attendees: one request per session. */
export async function fetchAttendees(
	this: IPollFunctions,
	event: SessionEvent,
): Promise<IDataObject[]> {
	return asList(
		await apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/conferences/${event.room.id}/sessions/${event.id}/attendees`,
		}),
	);
}

/** The attendee's own fields (uid, email, nickname, role, own start/end, rating...) with its session and room. */
function attendeeJson(attendee: IDataObject, event: SessionEvent): IDataObject {
	return {
		...attendee,
		session_id: event.id,
		session_start_date: event.entry.start_date ?? null,
		session_end_date: event.entry.end_date ?? null,
		...roomFields(event.room, event.room.id),
	};
}

/**
 * New Attendee: one item per attendee entry of each session of a watched room that ended after
 * activation. The cursor is the ended sessions' position (end date from the data, then session id), as for
 * Session Ended; a session's attendees are read (one request) only once it is new, and the cursor moves
 * past it only when every request of the poll succeeded, so each (session, attendee) is emitted once.
 * Requests per poll: 1 (rooms) + 1 per watched room (sessions) + 1 per newly ended session.
 */
export async function pollNewAttendees(
	this: IPollFunctions,
	config: string,
): Promise<INodeExecutionData[][] | null> {
	return await pollEndedSessions.call(this, config, attendeeExpansion);
}

const attendeeExpansion: SessionExpansion = {
	async expand(sessions) {
		const lists = await mapBounded(
			sessions,
			async (event) => await fetchAttendees.call(this, event),
		);
		return sessions.map((event, index) =>
			lists[index].map((attendee) => attendeeJson(attendee, event)),
		);
	},
	noneMessage: 'No ended session with attendees found in the watched rooms',
};

/**
 * The poll of the events read per ended session (New Attendee, Registrant Attended or Missed): the
 * sessions' cursor as for Session Ended; the new ended sessions are expanded (their requests made) before
 * the state moves, so a failed poll changes nothing and the next one catches up.
 */
export async function pollEndedSessions(
	this: IPollFunctions,
	config: string,
	expansion: SessionExpansion,
): Promise<INodeExecutionData[][] | null> {
	const manual = this.getMode() === 'manual';
	const staticData = this.getWorkflowStaticData('node');
	const stored = manual ? undefined : readState(staticData);
	const baseline = !manual && (stored === undefined || stored.config !== config);

	const rooms = await getWatchedRooms.call(this);
	const lists = await fetchPerRoom.call(this, rooms, fetchSessions);
	const now = Date.now();
	const perRoom = rooms.map((room) => {
		const events: SessionEvent[] = [];
		for (const entry of lists.get(room.id) ?? []) {
			const position = endedPosition(entry, now);
			if (position) events.push({ ...position, entry, room });
		}
		return { room, events };
	});

	if (manual) {
		const sessions = perRoom.flatMap(({ events }) => events).sort(byKey);
		for (let i = sessions.length - 1; i >= 0; i--) {
			const [items] = await expansion.expand.call(this, [sessions[i]]);
			if (items.length) return [items.map((json) => ({ json }))];
		}
		throw new NodeOperationError(this.getNode(), expansion.noneMessage, {
			description:
				'Hold a session in a watched room, or watch other rooms, then fetch a test event again.',
		});
	}

	if (baseline) {
		const state: TriggerState = {
			v: 1,
			config,
			since: advance(
				null,
				perRoom.flatMap(({ events }) => events),
			),
			rooms: {},
		};
		for (const { room, events } of perRoom) {
			const cursor = advance(null, events);
			if (cursor) state.rooms[room.id] = cursor;
		}
		writeState(staticData, state);
		return null;
	}

	const state = stored as TriggerState;
	const nextRooms: Record<string, Cursor> = { ...state.rooms };
	const fresh: SessionEvent[] = [];
	for (const { room, events } of perRoom) {
		const cursor = state.rooms[room.id] ?? state.since;
		const news = events.filter((event) => isAfter(event, cursor));
		if (news.length === 0) continue;
		nextRooms[room.id] = advance(cursor, news) as Cursor;
		fresh.push(...news);
	}
	if (fresh.length === 0) return null;
	fresh.sort(byKey);
	const perSession = await expansion.expand.call(this, fresh);

	writeState(staticData, { ...state, rooms: nextRooms });
	const items = perSession.flat().map((json) => ({ json }));
	return items.length ? [items] : null;
}
