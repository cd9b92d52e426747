/** GET /conferences/:room_id/sessions/:sessoin_id — Session → Get (the reference spells it `:sessoin_id`). */
import type { IDataObject } from 'n8n-workflow';

import { outputFields, roomRLC, sessionRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { readRoomAndSession, requestSessionOfRoom } from '../../helpers/session';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';

export const description = operationFields('session', 'get', [
	roomRLC,
	sessionRLC,
	...outputFields('start_date, end_date, total_visitors'),
]);

/**
 * A session summary: when it ran, how many came, who (e-mail, name, join and leave times) and
 * the URLs of the PDF reports that are ready, by language.
 */
function simplifySession(session: IDataObject, roomId: number, sessionId: number): IDataObject {
	const attendees = Array.isArray(session.attendees) ? (session.attendees as IDataObject[]) : [];
	const reports: IDataObject = {};
	for (const [lang, report] of Object.entries((session.pdf ?? {}) as IDataObject)) {
		const url = (report as IDataObject | null)?.url;
		if (typeof url === 'string' && url) reports[lang] = url;
	}
	return {
		id: sessionId,
		room_id: roomId,
		start_date: session.start_date,
		end_date: session.end_date,
		total_visitors: session.total_visitors,
		max_visitors: session.max_visitors,
		attendees: attendees.map((a) => ({
			email: a.email,
			name: a.login ?? a.nickname ?? null,
			start_date: a.start_date,
			end_date: a.end_date,
		})),
		pdf_report_urls: reports,
	};
}

/**
 * GET /conferences/:room_id/sessions/:sessoin_id — one session with its attendees and PDF links,
 * in one request (a room given by URL costs its lookup first). A session that is not in the room
 * is ClickMeeting's 404, reported as such.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const output = readOutput.call(this, itemIndex);
	const { roomId, sessionId } = await readRoomAndSession.call(this, itemIndex);
	const session = (await requestSessionOfRoom(this, itemIndex, { roomId, sessionId }, () =>
		apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/conferences/${roomId}/sessions/${sessionId}`,
			itemIndex,
		}),
	)) as IDataObject;
	return [{ json: shapeOutput(output, session, (raw) => simplifySession(raw, roomId, sessionId)) }];
};
