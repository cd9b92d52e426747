import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { apiRequestList, path } from '../transport';
import { checkId } from './checks';
import { itemError } from './errors';
import { getRoomId } from './room';

/** GET /conferences/:room_id/sessions — every session of a room. */
export async function listSessions(
	this: IExecuteFunctions,
	roomId: number,
	itemIndex: number,
): Promise<IDataObject[]> {
	return await apiRequestList.call(this, {
		endpoint: path`/conferences/${roomId}/sessions`,
		itemIndex,
	});
}

/**
 * Reads the Session locator (actions/common.descriptions.ts `sessionRLC`) as a numeric ID; fails
 * before any request when it is not one.
 */
export function readSessionId(this: IExecuteFunctions, itemIndex: number): number {
	const raw = String(
		this.getNodeParameter('session', itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	return checkId(this, itemIndex, raw, 'Session', 'session', ': pick a session or give its ID');
}

/** The Room and Session parameters as IDs (a room given by URL costs its lookup first). */
export async function readRoomAndSession(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<{ roomId: number; sessionId: number }> {
	const roomId = await getRoomId.call(this, itemIndex);
	return { roomId, sessionId: readSessionId.call(this, itemIndex) };
}

/**
 * Sends a request for one session of the room. ClickMeeting answers 404 for a session that is not
 * in the room: that NodeApiError is reported naming the field, so no lookup of the room's sessions
 * is needed first.
 */
export async function requestSessionOfRoom<T>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	ids: { roomId: number; sessionId: number },
	request: () => Promise<T>,
): Promise<T> {
	try {
		return await request();
	} catch (error) {
		if (error instanceof NodeApiError && error.httpCode === '404') {
			error.message = `The "Session" field must be a session of room ${ids.roomId}, got session ${ids.sessionId} (ClickMeeting answered 404)`;
			error.description =
				'Pick the session from the list, or check the room and session IDs (a session of another room is not found either).';
		}
		throw itemError(ctx.getNode(), error, itemIndex);
	}
}
