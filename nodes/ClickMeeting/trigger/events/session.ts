import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { apiRequestList, path } from '../../transport';
import type { ListEventSource } from '../engine';
import type { WatchedRoom } from '../rooms';
import { roomFields } from '../rooms';
import { parseDate } from '../cursor';

/** GET /conferences/:room/sessions: one request. */
export async function fetchSessions(
	this: IPollFunctions,
	room: WatchedRoom,
): Promise<IDataObject[]> {
	return apiRequestList.call(this, { endpoint: path`/conferences/${room.id}/sessions` });
}

/**
 * A session is an event once it has an end date that has passed. The clock only tells whether a
 * session has ended; the cursor is the session's end date from the data.
 */
export function endedPosition(
	entry: IDataObject,
	now: number,
): { key: number; id: number } | undefined {
	const end = parseDate(entry.end_date);
	const id = Number(entry.id);
	if (end === undefined || end > now || !Number.isFinite(id)) return undefined;
	return { key: end, id };
}

/** Session Ended: a session with an end date that was not there before. */
export const sessionEvent: ListEventSource = {
	canHaveNews: () => true,
	fetch: fetchSessions,
	position: endedPosition,
	toJson: (entry, room): IDataObject => ({ ...entry, ...roomFields(room, room.id) }),
	noneMessage: 'No ended session found in the watched rooms',
};
