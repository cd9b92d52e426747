/**
 * The trigger's skeleton, shared by every event: open the saved state (or decide on a baseline),
 * take the baseline, find what is new per room, and move each room's cursor over what was emitted
 * only. Events differ in what they read and emit, never in how they remember.
 */
import type { IPollFunctions } from 'n8n-workflow';

import type { Cursor } from './cursor';
import { advance, byKey, isAfter } from './cursor';
import type { TriggerState } from './storage';
import { readStateReport, stateProblemsMessage, writeState } from './storage';

export type { Cursor, Keyed } from './cursor';
export { advance, byKey, isAfter, parseDate } from './cursor';
export type { PendingReport, StateReading, TriggerState } from './storage';
export { readState, readStateReport, STATE_KEY, stateProblemsMessage, writeState } from './storage';

/** An event's place: `key` orders events, `id` tells apart events with one key, `roomId` says whose cursor. */
export interface Placed {
	key: number;
	id: number;
	roomId: number;
}

/**
 * How a room's cursor decides what is new. `ordered` (every event but Room Starting Soon): an event
 * is new when it lies after the cursor; a room without a cursor of its own (created after
 * activation) starts from the baseline's `since`. `changed` (Room Starting Soon): the cursor holds
 * the value last emitted (the start time), an event is new when its key differs from it, and a
 * room without a cursor has seen nothing.
 */
export type CursorRule = 'ordered' | 'changed';

/** What a poll starts from. */
export interface PollStart {
	/** Fetch Test Event: nothing is read from or written to the state. */
	manual: boolean;
	/** A new baseline is due (no usable state, or the parameters changed). */
	baseline: boolean;
	/** The saved state; set when neither manual nor baseline. */
	state: TriggerState | undefined;
}

/**
 * Reads the saved state for `config`. What could not be read is reported once in the execution
 * log, and the readable rest saved back so the dropped entries are gone.
 */
export function openState(this: IPollFunctions, config: string): PollStart {
	if (this.getMode() === 'manual') return { manual: true, baseline: false, state: undefined };
	const staticData = this.getWorkflowStaticData('node');
	const reading = readStateReport(staticData, config);
	const stored = reading.state;
	const baseline = stored === undefined || stored.config !== config;
	if (reading.problems.length) {
		this.logger.warn(stateProblemsMessage(reading.problems, baseline));
		if (stored && !baseline) writeState(staticData, stored);
	}
	return { manual: false, baseline, state: baseline ? undefined : stored };
}

/**
 * The baseline: every room's cursor at the newest event it has now, and `since` at the newest of
 * all (for rooms that appear later). Nothing is emitted.
 */
export function baselineState(
	config: string,
	events: Placed[],
	rule: CursorRule = 'ordered',
	extra: Partial<TriggerState> = {},
): TriggerState {
	const state: TriggerState = {
		v: 1,
		config,
		since: rule === 'ordered' ? advance(null, events) : null,
		rooms: advanceRooms({}, events, rule),
		...extra,
	};
	return state;
}

function cursorOf(state: TriggerState, roomId: number, rule: CursorRule): Cursor | null {
	return state.rooms[roomId] ?? (rule === 'ordered' ? state.since : null);
}

/** Whether `event` is new for its room's cursor. */
export function isNew(state: TriggerState, event: Placed, rule: CursorRule = 'ordered'): boolean {
	const cursor = cursorOf(state, event.roomId, rule);
	if (rule === 'changed') return !cursor || cursor.t !== event.key;
	return isAfter(event, cursor);
}

/** The events that are new for their rooms' cursors, oldest first (by key, then id). */
export function newEvents<E extends Placed>(
	state: TriggerState,
	events: E[],
	rule: CursorRule = 'ordered',
): E[] {
	return events.filter((event) => isNew(state, event, rule)).sort(byKey);
}

/**
 * The room cursors after `emitted` (new events, oldest first) were emitted: each room's cursor
 * moves over its emitted events only, so whatever was left out (Max Items per Poll) stays new.
 */
export function advanceRooms(
	rooms: Record<string, Cursor>,
	emitted: Placed[],
	rule: CursorRule = 'ordered',
	since: Cursor | null = null,
): Record<string, Cursor> {
	const next: Record<string, Cursor> = { ...rooms };
	const byRoom = new Map<number, Placed[]>();
	for (const event of emitted) {
		const list = byRoom.get(event.roomId) ?? [];
		list.push(event);
		byRoom.set(event.roomId, list);
	}
	for (const [roomId, events] of byRoom) {
		const cursor =
			rule === 'changed'
				? { t: events[events.length - 1].key, ids: [events[events.length - 1].id] }
				: advance(next[roomId] ?? since, events);
		if (cursor) next[roomId] = cursor;
	}
	return next;
}

/** The state after `emitted` were emitted (see advanceRooms). */
export function stateAfter(
	state: TriggerState,
	emitted: Placed[],
	rule: CursorRule = 'ordered',
): TriggerState {
	return { ...state, rooms: advanceRooms(state.rooms, emitted, rule, state.since) };
}

/**
 * Max Items per Poll: the first `max` of `events` (oldest first); the rest wait for the next poll,
 * their rooms' cursors not moved over them. Undefined or 0 means no limit.
 */
export function firstItems<E>(events: E[], max: number | undefined): E[] {
	return max && max > 0 ? events.slice(0, max) : events;
}

/** Writes the state (one assignment; see writeState). */
export function saveState(this: IPollFunctions, state: TriggerState): void {
	writeState(this.getWorkflowStaticData('node'), state);
}
