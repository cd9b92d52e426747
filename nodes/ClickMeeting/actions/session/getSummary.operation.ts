import type { IDataObject } from 'n8n-workflow';

import { roomRLC, sessionRLC } from '../common.descriptions';
import { readRoomAndSession, requestSessionOfRoom } from '../../helpers/session';
import { summarizeSession } from '../../helpers/summary';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList, path } from '../../transport';

export const description = operationFields('session', 'getSummary', [roomRLC, sessionRLC]);

/**
 * GET /conferences/:room_id/sessions/:session_id/attendees and …/registrations — one item of
 * attendance figures for a session, from two requests:
 * GET /conferences/:room_id/sessions/:session_id/registrations (the session's registrants) and
 * GET /conferences/:room_id/sessions/:session_id/attendees (entries with their own start_date/end_date,
 * ratings and polls). The API answers 404 for a session that is not in the room (reported naming the Session
 * field), so the session list is not read. Registrations that belong to no session are not counted.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const { roomId, sessionId } = await readRoomAndSession.call(this, itemIndex);
	const registrations = await requestSessionOfRoom(this, itemIndex, { roomId, sessionId }, () =>
		apiRequestList.call(this, {
			endpoint: path`/conferences/${roomId}/sessions/${sessionId}/registrations`,
			itemIndex,
		}),
	);
	const attendees = await apiRequestList.call(this, {
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}/attendees`,
		itemIndex,
	});
	const summary = summarizeSession(registrations, attendees);
	return [
		{ json: { room_id: roomId, session_id: sessionId, ...summary } as unknown as IDataObject },
	];
};
