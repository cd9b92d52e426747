import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequestList, path } from '../../transport';
import type { PollSettings } from '../engine';
import { CONCURRENCY, fetchPerRoom, mapBounded } from '../fetch';
import type { WatchedRoom } from '../rooms';
import { getWatchedRooms, roomFields } from '../rooms';
import type { Placed } from '../state';
import { baselineState, byKey, newEvents, openState, saveState, stateAfter } from '../state';
import { endedPosition, fetchSessions } from './session';

export type SessionEvent = Placed & { entry: IDataObject; room: WatchedRoom };

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
	return apiRequestList.call(this, {
		endpoint: path`/conferences/${event.room.id}/sessions/${event.id}/attendees`,
	});
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
	settings: PollSettings,
): Promise<INodeExecutionData[][] | null> {
	return await pollEndedSessions.call(this, settings, attendeeExpansion);
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
 * the state moves, so a failed poll changes nothing and the next one catches up. Max Items per Poll
 * takes whole sessions, oldest first, while their items fit (always at least one session, so a
 * session with more items than the maximum is emitted whole); the other sessions wait, unread.
 */
export async function pollEndedSessions(
	this: IPollFunctions,
	settings: PollSettings,
	expansion: SessionExpansion,
): Promise<INodeExecutionData[][] | null> {
	const start = openState.call(this, settings.config);
	const rooms = await getWatchedRooms.call(this);
	const lists = await fetchPerRoom.call(this, rooms, fetchSessions);
	const now = Date.now();
	const events: SessionEvent[] = rooms.flatMap((room) =>
		(lists.get(room.id) ?? []).flatMap((entry) => {
			const position = endedPosition(entry, now);
			return position ? [{ ...position, roomId: room.id, entry, room }] : [];
		}),
	);

	if (start.manual) {
		const sessions = events.sort(byKey);
		for (let i = sessions.length - 1; i >= 0; i--) {
			const [items] = await expansion.expand.call(this, [sessions[i]]);
			if (items.length) return [items.map((json) => ({ json }))];
		}
		throw new NodeOperationError(this.getNode(), expansion.noneMessage, {
			description:
				'Hold a session in a watched room, or watch other rooms, then fetch a test event again.',
		});
	}
	if (!start.state) {
		saveState.call(this, baselineState(settings.config, events));
		return null;
	}

	const fresh = newEvents(start.state, events);
	if (fresh.length === 0) return null;
	const max = settings.maxItems && settings.maxItems > 0 ? settings.maxItems : Infinity;
	const taken: SessionEvent[] = [];
	const items: IDataObject[] = [];
	// without a limit every new session is expanded at once; with one, a batch at a time until full
	const batch = max === Infinity ? fresh.length : CONCURRENCY;
	for (let from = 0; from < fresh.length && items.length < max; from += batch) {
		const sessions = fresh.slice(from, from + batch);
		const perSession = await expansion.expand.call(this, sessions);
		let full = false;
		for (let i = 0; i < sessions.length; i++) {
			if (taken.length > 0 && items.length + perSession[i].length > max) {
				full = true;
				break;
			}
			taken.push(sessions[i]);
			items.push(...perSession[i]);
		}
		if (full) break;
	}

	saveState.call(this, stateAfter(start.state, taken));
	return items.length ? [items.map((json) => ({ json }))] : null;
}
