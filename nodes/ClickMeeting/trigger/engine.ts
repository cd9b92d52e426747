import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fetchPerRoom } from './fetch';
import type { WatchedRoom } from './rooms';
import { getWatchedRooms } from './rooms';
import type { Cursor, Keyed, TriggerState } from './state';
import {
	advance,
	byKey,
	isAfter,
	readStateReport,
	stateProblemsMessage,
	writeState,
} from './state';

/** One kind of event that is read as a list per room (registrations, sessions, recordings). */
export interface ListEventSource {
	/** Whether a watched room can have news, so that it needs a request this poll. */
	canHaveNews(room: WatchedRoom): boolean;
	/** Reads the room's list: one request. */
	fetch(this: IPollFunctions, room: WatchedRoom): Promise<IDataObject[]>;
	/** The key and id of an entry that is an event; undefined when it is not one (yet). */
	position(entry: IDataObject, now: number): { key: number; id: number } | undefined;
	/** The output item's JSON. */
	toJson(entry: IDataObject, room: WatchedRoom): IDataObject;
	/** Said in manual mode when the watched rooms have no such event. */
	noneMessage: string;
}

function eventsOf(
	source: ListEventSource,
	room: WatchedRoom,
	entries: IDataObject[],
	now: number,
): Array<Keyed<IDataObject> & { room: WatchedRoom }> {
	const events: Array<Keyed<IDataObject> & { room: WatchedRoom }> = [];
	for (const entry of entries) {
		const position = source.position(entry, now);
		if (position) events.push({ ...position, entry, room });
	}
	return events;
}

/**
 * One poll of a list event: list the rooms (one request), read each watched room that can have
 * news (one request each), emit what lies after the room's cursor. The new state is computed
 * aside and assigned only when the poll emits, after every request succeeded; in manual mode
 * the newest event is returned and the state is not touched.
 */
export async function pollListEvent(
	this: IPollFunctions,
	source: ListEventSource,
	config: string,
): Promise<INodeExecutionData[][] | null> {
	const manual = this.getMode() === 'manual';
	const staticData = this.getWorkflowStaticData('node');
	const reading = manual ? { state: undefined, problems: [] } : readStateReport(staticData, config);
	const stored = reading.state;
	const baseline = !manual && (stored === undefined || stored.config !== config);
	if (reading.problems.length) {
		this.logger.warn(stateProblemsMessage(reading.problems, baseline));
		// Save the readable part so the dropped entries are gone (and reported once).
		if (stored && !baseline) writeState(staticData, stored);
	}

	const rooms = (await getWatchedRooms.call(this)).filter((room) => source.canHaveNews(room));
	const lists = await fetchPerRoom.call(this, rooms, source.fetch);
	const now = Date.now();
	const perRoom = rooms.map((room) => ({
		room,
		events: eventsOf(source, room, lists.get(room.id) ?? [], now),
	}));

	if (manual) {
		const newest = perRoom
			.flatMap(({ events }) => events)
			.sort(byKey)
			.pop();
		if (!newest) {
			throw new NodeOperationError(this.getNode(), source.noneMessage, {
				description:
					'Create one in ClickMeeting, or watch other rooms, then fetch a test event again.',
			});
		}
		return [[{ json: source.toJson(newest.entry, newest.room) }]];
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
	const fresh: Array<Keyed<IDataObject> & { room: WatchedRoom }> = [];
	for (const { room, events } of perRoom) {
		const cursor = state.rooms[room.id] ?? state.since;
		const news = events.filter((event) => isAfter(event, cursor));
		if (news.length === 0) continue;
		nextRooms[room.id] = advance(cursor, news) as Cursor;
		fresh.push(...news);
	}
	if (fresh.length === 0) return null;

	writeState(staticData, { ...state, rooms: nextRooms });
	return [fresh.sort(byKey).map((event) => ({ json: source.toJson(event.entry, event.room) }))];
}
