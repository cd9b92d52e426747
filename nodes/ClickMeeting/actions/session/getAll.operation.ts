/** GET /conferences/:room_id/sessions — Session → Get Many. */

import { outputFields, returnAllOrLimit, roomRLC } from '../common.descriptions';
import { pickKeys, readOutput, shapeOutput } from '../../helpers/output';
import { readLimit, takeLimit } from '../../helpers/limit';
import { getRoomId } from '../../helpers/room';
import { listSessions } from '../../helpers/session';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';

export const description = operationFields('session', 'getAll', [
	roomRLC,
	...returnAllOrLimit,
	...outputFields('id, start_date, total_visitors'),
]);

/** A session of the list: its ID, when it ran and how many came (all ClickMeeting sends today). */
const simplifySession = pickKeys([
	'id',
	'start_date',
	'end_date',
	'total_visitors',
	'max_visitors',
]);

/** GET /conferences/:room_id/sessions — one item per session of the room. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const sessions = await listSessions.call(this, roomId, itemIndex);
	return takeLimit(sessions, limit).map((session) => ({
		json: shapeOutput(output, session, simplifySession),
	}));
};
