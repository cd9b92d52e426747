import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { mergeIntervals } from '../../helpers/summary';
import type { PollSettings } from '../engine';
import { apiRequestList, path } from '../../transport';
import { mapBounded } from '../fetch';
import { roomFields } from '../rooms';
import type { SessionEvent, SessionExpansion } from './attendee';
import { fetchAttendees, pollEndedSessions } from './attendee';

export type AttendanceChoice = 'both' | 'attended' | 'missed';

const MINUTE = 60_000;
const emailKey = (value: unknown): string =>
	typeof value === 'string' ? value.trim().toLowerCase() : '';

/** GET /conferences/:room_id/registrations/all: one request per room that has new ended sessions. */
async function fetchRegistrations(this: IPollFunctions, roomId: number): Promise<IDataObject[]> {
	return apiRequestList.call(this, { endpoint: path`/conferences/${roomId}/registrations/all` });
}

/** The registrant with whether (and when, how long) they attended the session, matched by email. */
function registrantJson(
	registration: IDataObject,
	attendees: IDataObject[],
	event: SessionEvent,
): IDataObject {
	const key = emailKey(registration.email);
	const spans: Array<[number, number]> = [];
	for (const attendee of attendees) {
		if (!key || emailKey(attendee.email) !== key) continue;
		const start = Date.parse(String(attendee.start_date ?? ''));
		const end = Date.parse(String(attendee.end_date ?? ''));
		if (Number.isFinite(start) && Number.isFinite(end) && end >= start) spans.push([start, end]);
	}
	const visits = key ? attendees.filter((attendee) => emailKey(attendee.email) === key) : [];
	const attended = visits.length > 0;
	const merged = mergeIntervals(spans);
	const time = (a: IDataObject, field: string): number => Date.parse(String(a[field] ?? ''));
	// the earliest join and the latest leave among the person's entries
	const joinDate = visits.reduce<IDataObject | undefined>(
		(min, a) => (!min || time(a, 'start_date') < time(min, 'start_date') ? a : min),
		undefined,
	);
	const leaveDate = visits.reduce<IDataObject | undefined>(
		(max, a) => (!max || time(a, 'end_date') > time(max, 'end_date') ? a : max),
		undefined,
	);
	return {
		...registration,
		attended,
		join_date: attended ? (joinDate?.start_date ?? null) : null,
		leave_date: attended ? (leaveDate?.end_date ?? null) : null,
		minutes_in_session: attended
			? Math.round((merged.reduce((sum, [start, end]) => sum + (end - start), 0) / MINUTE) * 100) /
				100
			: 0,
		session_id: event.id,
		registration_session_id: registration.session_id ?? null,
		session_start_date: event.entry.start_date ?? null,
		session_end_date: event.entry.end_date ?? null,
		...roomFields(event.room, event.room.id),
	};
}

/**
 * A registration without a session counts for the room's sessions that ended after it was made (a date
 * that cannot be read counts too), so one made later never reaches sessions already emitted.
 */
function registeredBefore(registration: IDataObject, event: SessionEvent): boolean {
	const registered = Date.parse(String(registration.registration_date ?? ''));
	return !Number.isFinite(registered) || registered < event.key;
}

function expansionFor(choice: AttendanceChoice): SessionExpansion {
	return {
		async expand(sessions) {
			const roomIds = [
				...new Set(sessions.filter((s) => s.room.registrationEnabled).map((s) => s.room.id)),
			];
			const registrationLists = await mapBounded(
				roomIds,
				async (roomId) => await fetchRegistrations.call(this, roomId),
			);
			const byRoom = new Map(roomIds.map((roomId, index) => [roomId, registrationLists[index]]));
			const withRegistrants = sessions.map((event) =>
				(byRoom.get(event.room.id) ?? []).filter((r) =>
					r.session_id === null || r.session_id === undefined
						? registeredBefore(r, event)
						: Number(r.session_id) === event.id,
				),
			);
			const lists = await mapBounded(
				sessions.map((event, index) => ({ event, index })),
				async ({ event, index }) =>
					withRegistrants[index].length ? await fetchAttendees.call(this, event) : [],
			);
			return sessions.map((event, index) =>
				withRegistrants[index]
					.map((registration) => registrantJson(registration, lists[index], event))
					.filter((json) => choice === 'both' || (choice === 'attended') === json.attended),
			);
		},
		noneMessage:
			'No registrant of an ended session found in the watched rooms (only rooms with registration enabled are read)',
	};
}

/**
 * Registrant Attended or Missed: when a session of a watched room has ended (after activation), one item
 * per registrant of that session, and per registrant of the room without a session made before it ended, with `attended`, the
 * join and leave times and the minutes in the session; matched by email, case-insensitive. Once per
 * (session, registrant). Requests per poll: 1 (rooms) + 1 per watched room (sessions) + 1 per room with new
 * ended sessions (its registrations) + 1 per such session that has registrants (its attendees).
 */
export async function pollRegistrantAttendance(
	this: IPollFunctions,
	settings: PollSettings,
	choice: AttendanceChoice,
): Promise<INodeExecutionData[][] | null> {
	return await pollEndedSessions.call(this, settings, expansionFor(choice));
}
