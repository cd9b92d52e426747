/** GET /conferences/:room_id/sessions — Session → Get Many. */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { outputFields, returnAllOrLimit, roomRLC } from '../common.descriptions';
import { pickKeys, readOutput, shapeOutput } from '../../helpers/output';
import { readLimit, takeLimit } from '../../helpers/limit';
import { getRoomId } from '../../helpers/room';
import { listSessions } from '../../helpers/session';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	roomRLC,
	...returnAllOrLimit,
	...outputFields('id, start_date, total_visitors'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['session'], operation: ['getAll'] } },
	properties,
);

/** A session of the list: its ID, when it ran and how many came (all ClickMeeting sends today). */
const simplifySession = pickKeys([
	'id',
	'start_date',
	'end_date',
	'total_visitors',
	'max_visitors',
]);

/** GET /conferences/:room_id/sessions — one item per session of the room. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit(this, itemIndex);
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const sessions = await listSessions.call(this, roomId, itemIndex);
	return takeLimit(sessions, limit).map((session) => ({
		json: shapeOutput(output, session, simplifySession),
	}));
}
