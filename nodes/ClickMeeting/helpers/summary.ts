/**
 * Session summary figures, derived only from the API's own answers: the session's registrants
 * (GET /conferences/:room_id/sessions/:session_id/registrations) and its attendee entries
 * (GET /conferences/:room_id/sessions/:session_id/attendees, each with its own start_date/end_date,
 * rating and polls). People are matched by email, case-insensitive; an attendee who rejoins has
 * several entries and counts once.
 */
import type { IDataObject } from 'n8n-workflow';

const MINUTE = 60_000;

export interface PollResult {
	poll: string | null;
	question: string;
	/** responses to the question (entries that answered it) */
	responses: number;
	/** answer value -> how many gave it */
	answers: Record<string, number>;
}

export interface SessionSummary {
	registrants: number;
	attendees: number;
	registrants_attended: number;
	no_show_count: number;
	/** attendees who did not register for the session */
	unregistered_attendees: number;
	/** registrants who attended / registrants, 0..1 (4 decimals); null without registrants */
	attendance_rate: number | null;
	attendees_by_role: Record<string, number>;
	average_minutes_in_session: number | null;
	median_minutes_in_session: number | null;
	average_rating: number | null;
	rating_count: number;
	peak_attendees: number;
	poll_results: PollResult[];
}

const emailKey = (value: unknown): string =>
	typeof value === 'string' ? value.trim().toLowerCase() : '';

const round = (value: number, digits: number): number => {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
};

function interval(entry: IDataObject): [number, number] | undefined {
	const start = Date.parse(String(entry.start_date ?? ''));
	const end = Date.parse(String(entry.end_date ?? ''));
	if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return undefined;
	return [start, end];
}

/** Overlapping or touching intervals merged, so that a person is never counted twice at once. */
export function mergeIntervals(list: Array<[number, number]>): Array<[number, number]> {
	const sorted = [...list].sort((a, b) => a[0] - b[0]);
	const out: Array<[number, number]> = [];
	for (const [start, end] of sorted) {
		const last = out[out.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else out.push([start, end]);
	}
	return out;
}

/** Most people present at once; a leave and a join at the same instant do not overlap. */
export function peakConcurrent(perPerson: Array<Array<[number, number]>>): number {
	const events: Array<[number, number]> = [];
	for (const intervals of perPerson) {
		for (const [start, end] of intervals) {
			if (end <= start) continue;
			events.push([start, 1], [end, -1]);
		}
	}
	events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let now = 0;
	let peak = 0;
	for (const [, delta] of events) {
		now += delta;
		if (now > peak) peak = now;
	}
	return peak;
}

function median(values: number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function pollResults(entries: IDataObject[]): PollResult[] {
	const byQuestion = new Map<string, PollResult>();
	for (const entry of entries) {
		for (const poll of Array.isArray(entry.polls) ? (entry.polls as IDataObject[]) : []) {
			const pollName = typeof poll.name === 'string' ? poll.name : null;
			for (const q of Array.isArray(poll.questions) ? (poll.questions as IDataObject[]) : []) {
				const question = String(q.question ?? '');
				const key = JSON.stringify([pollName, question]);
				let result = byQuestion.get(key);
				if (!result) {
					result = { poll: pollName, question, responses: 0, answers: {} };
					byQuestion.set(key, result);
				}
				result.responses++;
				for (const answer of Array.isArray(q.answers) ? (q.answers as IDataObject[]) : []) {
					const value = String(answer.value ?? '');
					result.answers[value] = (result.answers[value] ?? 0) + 1;
				}
			}
		}
	}
	return [...byQuestion.values()];
}

export function summarizeSession(
	registrations: IDataObject[],
	attendeeEntries: IDataObject[],
): SessionSummary {
	const registered = new Set(registrations.map((r) => emailKey(r.email)).filter(Boolean));
	const people = new Map<string, { role: string; intervals: Array<[number, number]> }>();
	for (const entry of attendeeEntries) {
		const key = emailKey(entry.email) || `uid:${String(entry.uid ?? '')}`;
		let person = people.get(key);
		if (!person) {
			person = { role: String(entry.role ?? 'unknown'), intervals: [] };
			people.set(key, person);
		}
		const span = interval(entry);
		if (span) person.intervals.push(span);
	}

	const byRole: Record<string, number> = {};
	const minutes: number[] = [];
	const merged: Array<Array<[number, number]>> = [];
	for (const person of people.values()) {
		byRole[person.role] = (byRole[person.role] ?? 0) + 1;
		const spans = mergeIntervals(person.intervals);
		merged.push(spans);
		if (spans.length)
			minutes.push(spans.reduce((sum, [start, end]) => sum + (end - start), 0) / MINUTE);
	}

	const attended = [...registered].filter((email) => people.has(email)).length;
	const unregistered = [...people.keys()].filter((key) => !registered.has(key)).length;
	const ratings = attendeeEntries
		.map((entry) =>
			entry.rating === null || entry.rating === undefined || entry.rating === ''
				? NaN
				: Number(entry.rating),
		)
		.filter((value) => Number.isFinite(value));
	const averageMinutes = minutes.length
		? minutes.reduce((a, b) => a + b, 0) / minutes.length
		: null;
	const medianMinutes = median(minutes);

	return {
		registrants: registered.size,
		attendees: people.size,
		registrants_attended: attended,
		no_show_count: registered.size - attended,
		unregistered_attendees: unregistered,
		attendance_rate: registered.size ? round(attended / registered.size, 4) : null,
		attendees_by_role: byRole,
		average_minutes_in_session: averageMinutes === null ? null : round(averageMinutes, 2),
		median_minutes_in_session: medianMinutes === null ? null : round(medianMinutes, 2),
		average_rating: ratings.length
			? round(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2)
			: null,
		rating_count: ratings.length,
		peak_attendees: peakConcurrent(merged),
		poll_results: pollResults(attendeeEntries),
	};
}
