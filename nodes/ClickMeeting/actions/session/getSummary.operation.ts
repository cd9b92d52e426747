import type { IDataObject } from 'n8n-workflow';

import { roomRLC, sessionRLC } from '../common.descriptions';
import { getRoomId } from '../../helpers/room';
import { readSessionId } from '../../helpers/session';
import { summarizeSession } from '../../helpers/summary';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';

export const description = operationFields('session', 'getSummary', [roomRLC, sessionRLC]);

/**
 * GET /conferences/:room_id/sessions/:session_id/attendees and …/registrations — one item of
 * attendance figures for a session, from two requests:
 * GET /conferences/:room_id/sessions/:session_id/registrations (the session's registrants) and
 * GET /conferences/:room_id/sessions/:session_id/attendees (entries with their own start_date/end_date,
 * ratings and polls). The API answers 404 for a session that is not in the room, so the session list is
 * not read. Registrations that belong to no session are not counted.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const roomId = await getRoomId.call(this, itemIndex);
	const sessionId = readSessionId.call(this, itemIndex);
	const registrations = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}/registrations`,
		itemIndex,
		expect: 'list',
	});
	const attendees = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}/attendees`,
		itemIndex,
		expect: 'list',
	});
	const summary = summarizeSession(
		Array.isArray(registrations) ? (registrations as IDataObject[]) : [],
		Array.isArray(attendees) ? (attendees as IDataObject[]) : [],
	);
	return [
		{ json: { room_id: roomId, session_id: sessionId, ...summary } as unknown as IDataObject },
	];
};
