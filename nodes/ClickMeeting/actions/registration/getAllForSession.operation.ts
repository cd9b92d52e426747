import { outputFields, returnAllOrLimit, roomRLC, sessionRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { readLimit, takeLimit } from '../../helpers/limit';
import { simplifyRegistration } from '../../helpers/people';
import { readRoomAndSession, requestSessionOfRoom } from '../../helpers/session';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList, path } from '../../transport';

export const description = operationFields('registration', 'getAllForSession', [
	roomRLC,
	sessionRLC,
	...returnAllOrLimit,
	...outputFields('email, first_name, last_name, url'),
]);

/**
 * GET /conferences/:room_id/sessions/:session_id/registrations — one item per registrant, in one
 * request (a room given by URL costs its lookup first). A session that is not in the room is
 * ClickMeeting's 404, reported naming the Session field.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const output = readOutput.call(this, itemIndex);
	const { roomId, sessionId } = await readRoomAndSession.call(this, itemIndex);
	const answer = await requestSessionOfRoom(this, itemIndex, { roomId, sessionId }, () =>
		apiRequestList.call(this, {
			endpoint: path`/conferences/${roomId}/sessions/${sessionId}/registrations`,
			itemIndex,
		}),
	);
	return takeLimit(answer, limit).map((registration) => ({
		json: shapeOutput(output, registration, simplifyRegistration),
	}));
};
