/** Positions of events in ClickMeeting's data, and the cursors that remember how far a room was read. */

/**
 * Where a room's events have been read up to, taken from the data, never from the clock:
 * `t` is the newest key emitted (registration date or session end in epoch ms, recording id),
 * `ids` are the ids already emitted at exactly that key (several events can share one second).
 */
export interface Cursor {
	t: number;
	ids: number[];
}

/** An event with its position: `key` orders events, `id` tells apart events with one key. */
export interface Keyed<T> {
	key: number;
	id: number;
	entry: T;
}

export function isAfter(
	event: { key: number; id: number },
	cursor: Cursor | null | undefined,
): boolean {
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
