import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fetchPerRoom } from './fetch';
import type { WatchedRoom } from './rooms';
import { getWatchedRooms } from './rooms';
import type { CursorRule, Placed } from './state';
import { byKey } from './cursor';
import { baselineState, firstItems, newEvents, openState, saveState, stateAfter } from './state';

/** What every poll is given: the parameters' fingerprint (a change takes a new baseline) and Max Items per Poll. */
export interface PollSettings {
	config: string;
	/** At most this many items per poll (0 or undefined: no limit); the rest wait for the next poll. */
	maxItems?: number;
}

/** One kind of event that is read as a list per room (registrations, sessions, recordings, the rooms themselves). */
export interface ListEventSource {
	/** Whether a watched room can have news, so that it needs a request this poll. */
	canHaveNews(room: WatchedRoom): boolean;
	/** Reads the room's list: one request (none for the events of the room list itself). */
	fetch(this: IPollFunctions, room: WatchedRoom): Promise<IDataObject[]>;
	/** The key and id of an entry that is an event; undefined when it is not one (yet). */
	position(entry: IDataObject, now: number): { key: number; id: number } | undefined;
	/** The output item's JSON. */
	toJson(entry: IDataObject, room: WatchedRoom, now: number): IDataObject;
	/** Said in manual mode when the watched rooms have no such event. */
	noneMessage: string;
	/** How the rooms' cursors decide what is new; 'ordered' unless said. */
	rule?: CursorRule;
	/**
	 * More entries that only the baseline reads (New Room: the inactive rooms, so that a room created
	 * before activation and activated later is not new), placed in group `group()`.
	 */
	baselineEntries?(this: IPollFunctions): Promise<IDataObject[]>;
	/** Whose cursor an event moves: its room's unless said (New Room: 0, one cursor for the account). */
	group?(room: WatchedRoom): number;
}

export type RoomEvent = Placed & { entry: IDataObject; room: WatchedRoom };

function eventsOf(
	source: ListEventSource,
	room: WatchedRoom,
	entries: IDataObject[],
	now: number,
): RoomEvent[] {
	const events: RoomEvent[] = [];
	for (const entry of entries) {
		const position = source.position(entry, now);
		if (position)
			events.push({ ...position, roomId: source.group?.(room) ?? room.id, entry, room });
	}
	return events;
}

/**
 * One poll of a list event: list the rooms (one request), read each watched room that can have
 * news (one request each, a few at a time), emit what lies after the room's cursor, oldest first,
 * at most Max Items per Poll. The new state is computed aside and assigned only when the poll
 * emits, after every request succeeded; in manual mode the newest event is returned and the state
 * is not touched.
 */
export async function pollListEvent(
	this: IPollFunctions,
	source: ListEventSource,
	settings: PollSettings,
): Promise<INodeExecutionData[][] | null> {
	const rule = source.rule ?? 'ordered';
	const start = openState.call(this, settings.config);
	const rooms = (await getWatchedRooms.call(this)).filter((room) => source.canHaveNews(room));
	const lists = await fetchPerRoom.call(this, rooms, source.fetch);
	const now = Date.now();
	const events = rooms.flatMap((room) => eventsOf(source, room, lists.get(room.id) ?? [], now));

	if (start.manual) {
		const newest = events.sort(byKey).pop();
		if (!newest) {
			throw new NodeOperationError(this.getNode(), source.noneMessage, {
				description:
					'Create one in ClickMeeting, or watch other rooms, then fetch a test event again.',
			});
		}
		return [[{ json: source.toJson(newest.entry, newest.room, now) }]];
	}
	if (!start.state) {
		if (source.baselineEntries) {
			const extra = { id: 0, name: '', url: '', registrationEnabled: false, entry: {} };
			events.push(...eventsOf(source, extra, await source.baselineEntries.call(this), now));
		}
		saveState.call(this, baselineState(settings.config, events, rule));
		return null;
	}

	const emitted = firstItems(newEvents(start.state, events, rule), settings.maxItems);
	if (emitted.length === 0) return null;
	const next = stateAfter(start.state, emitted, rule);
	if (rule === 'changed') {
		// keep only the cursors of rooms still due at the start emitted: the state stays as small
		// as the rooms within the lead time, and a start that has passed or moved is forgotten
		const due = new Set(events.map((event) => `${event.roomId}:${event.key}`));
		for (const [roomId, cursor] of Object.entries(next.rooms))
			if (!due.has(`${roomId}:${cursor.t}`)) delete next.rooms[roomId];
	}
	saveState.call(this, next);
	return [emitted.map((event) => ({ json: source.toJson(event.entry, event.room, now) }))];
}
