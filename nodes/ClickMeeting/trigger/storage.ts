import type { IDataObject } from 'n8n-workflow';

import type { Cursor } from './cursor';

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

export function isCursor(value: unknown): value is Cursor {
	const cursor = value as Cursor;
	return (
		typeof cursor === 'object' &&
		cursor !== null &&
		typeof cursor.t === 'number' &&
		Array.isArray(cursor.ids) &&
		cursor.ids.every((id) => typeof id === 'number')
	);
}

function isPending(value: unknown): value is PendingReport {
	const report = value as PendingReport;
	return (
		typeof report === 'object' &&
		report !== null &&
		Number.isSafeInteger(report.r) &&
		Number.isSafeInteger(report.s) &&
		typeof report.l === 'string' &&
		report.l !== '' &&
		typeof report.e === 'number' &&
		Number.isFinite(report.e)
	);
}

export interface StateReading {
	/** What could be read; undefined when there is no state at all, or nothing of it is usable. */
	state: TriggerState | undefined;
	/** What was dropped or could not be read, for the execution log. Empty when all was fine. */
	problems: string[];
}

/**
 * Reads the stored state, keeping whatever is readable: a bad room cursor or pending report is
 * dropped (that room falls back to the baseline cursor `since`; a dropped report is not asked
 * for again), the rest is kept, so one bad entry never makes every poll fail. A state with
 * nothing usable in it means a new baseline. Each problem is reported for the execution log.
 */
export function readStateReport(staticData: IDataObject, config?: string): StateReading {
	const raw = staticData[STATE_KEY] as unknown;
	if (raw === undefined || raw === null) return { state: undefined, problems: [] };
	const problems: string[] = [];
	if (typeof raw !== 'object' || Array.isArray(raw) || (raw as TriggerState).v !== 1) {
		return { state: undefined, problems: ['the saved trigger state could not be read at all'] };
	}
	const stored = raw as Partial<TriggerState>;
	let since: Cursor | null = null;
	let usable = stored.since === null;
	if (stored.since !== null && stored.since !== undefined) {
		if (isCursor(stored.since)) {
			since = stored.since;
			usable = true;
		} else problems.push('the baseline cursor was unreadable');
	}
	const rooms: Record<string, Cursor> = {};
	if (typeof stored.rooms === 'object' && stored.rooms !== null && !Array.isArray(stored.rooms)) {
		usable = true;
		for (const [id, cursor] of Object.entries(stored.rooms)) {
			if (/^\d+$/.test(id) && isCursor(cursor)) rooms[id] = cursor;
			else problems.push(`the cursor of room ${id.slice(0, 40)} was unreadable`);
		}
	} else {
		problems.push('the room cursors were unreadable');
	}
	let pending: PendingReport[] | undefined;
	if (stored.pending !== undefined) {
		if (Array.isArray(stored.pending)) {
			pending = stored.pending.filter(isPending);
			const bad = stored.pending.length - pending.length;
			if (bad > 0)
				problems.push(
					`${bad} pending PDF report entr${bad === 1 ? 'y was' : 'ies were'} unreadable`,
				);
		} else {
			pending = [];
			problems.push('the pending PDF reports were unreadable');
		}
	}
	let storedConfig = stored.config;
	if (typeof storedConfig !== 'string') {
		// Unknown parameters: keep the readable cursors rather than take a new baseline.
		problems.push('the saved parameters were unreadable');
		storedConfig = config ?? '';
	}
	if (!usable) {
		return { state: undefined, problems: [...problems, 'nothing of it was usable'] };
	}
	const state: TriggerState = { v: 1, config: storedConfig, since, rooms };
	if (pending !== undefined) state.pending = pending;
	return { state, problems };
}

/** Reads the stored state, keeping what is readable (see readStateReport). */
export function readState(staticData: IDataObject, config?: string): TriggerState | undefined {
	return readStateReport(staticData, config).state;
}

/** The execution-log line for what reading the state dropped. */
export function stateProblemsMessage(problems: string[], baseline: boolean): string {
	return `ClickMeeting Trigger: ${problems.join('; ')}. ${
		baseline
			? 'A new baseline was taken: events that arrived since the last successful poll are not emitted.'
			: 'The rest of the saved state was kept; rooms without a readable cursor continue from the baseline.'
	}`;
}

/** Replaces the stored state in one assignment (a deep copy, so later edits cannot leak in). */
export function writeState(staticData: IDataObject, state: TriggerState): void {
	staticData[STATE_KEY] = JSON.parse(JSON.stringify(state)) as IDataObject;
}
