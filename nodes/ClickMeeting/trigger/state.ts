import type { IDataObject } from 'n8n-workflow';

/**
 * Where a room's events have been read up to, taken from the data, never from the clock:
 * `t` is the newest key emitted (registration date or session end in epoch ms, recording id),
 * `ids` are the ids already emitted at exactly that key (several events can share one second).
 */
export interface Cursor {
	t: number;
	ids: number[];
}

/** A PDF report asked for and not finished yet. */
export interface PendingReport {
	/** room id */
	r: number;
	/** session id */
	s: number;
	/** language */
	l: string;
	/** session end, epoch ms */
	e: number;
}

/**
 * Everything the trigger keeps, in one object in the node's static data. It grows with the
 * number of watched rooms and pending reports, never with the number of events seen.
 */
export interface TriggerState {
	v: 1;
	/** The parameters the baseline was taken with; a change takes a new baseline. */
	config: string;
	/**
	 * The newest event of all watched rooms when the baseline was taken. A room without its own
	 * cursor (created after activation, or not read at activation) starts from here.
	 */
	since: Cursor | null;
	/** room id -> cursor */
	rooms: Record<string, Cursor>;
	/** PDF Report Finished only */
	pending?: PendingReport[];
}

export const STATE_KEY = 'clickMeetingTrigger';

/** An event with its position: `key` orders events, `id` tells apart events with one key. */
export interface Keyed<T> {
	key: number;
	id: number;
	entry: T;
}

export function isAfter(event: { key: number; id: number }, cursor: Cursor | null | undefined): boolean {
	if (!cursor) return true;
	return event.key > cursor.t || (event.key === cursor.t && !cursor.ids.includes(event.id));
}

/** The cursor after `events` (all after `cursor`) were emitted. */
export function advance(
	cursor: Cursor | null | undefined,
	events: Array<{ key: number; id: number }>,
): Cursor | null {
	let next: Cursor | null = cursor ? { t: cursor.t, ids: [...cursor.ids] } : null;
	for (const event of events) {
		if (!next || event.key > next.t) next = { t: event.key, ids: [event.id] };
		else if (event.key === next.t && !next.ids.includes(event.id)) next.ids.push(event.id);
	}
	if (next) next.ids.sort((a, b) => a - b);
	return next;
}

export function byKey(a: { key: number; id: number }, b: { key: number; id: number }): number {
	return a.key - b.key || a.id - b.id;
}

function isCursor(value: unknown): value is Cursor {
	const cursor = value as Cursor;
	return (
		typeof cursor === 'object' &&
		cursor !== null &&
		typeof cursor.t === 'number' &&
		Array.isArray(cursor.ids) &&
		cursor.ids.every((id) => typeof id === 'number')
	);
}

/** Reads the stored state; anything unreadable counts as no state (a new baseline). */
export function readState(staticData: IDataObject): TriggerState | undefined {
	const raw = staticData[STATE_KEY] as unknown as TriggerState | undefined;
	if (!raw || typeof raw !== 'object' || raw.v !== 1 || typeof raw.config !== 'string') return undefined;
	if (raw.since !== null && !isCursor(raw.since)) return undefined;
	if (typeof raw.rooms !== 'object' || raw.rooms === null) return undefined;
	if (!Object.values(raw.rooms).every(isCursor)) return undefined;
	if (raw.pending !== undefined && !Array.isArray(raw.pending)) return undefined;
	return raw;
}

/** Replaces the stored state in one assignment (a deep copy, so later edits cannot leak in). */
export function writeState(staticData: IDataObject, state: TriggerState): void {
	staticData[STATE_KEY] = JSON.parse(JSON.stringify(state)) as IDataObject;
}

/** Parses an API date ('2013-12-01T08:06:05+01:00' or 'YYYY-mm-dd H:i:s' in UTC) to epoch ms. */
export function parseDate(value: unknown): number | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	const sql = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
	if (sql) {
		const n = sql.slice(1).map(Number);
		return Date.UTC(n[0], n[1] - 1, n[2], n[3], n[4], n[5]);
	}
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? undefined : ms;
}
