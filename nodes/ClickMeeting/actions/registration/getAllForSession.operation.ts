import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { outputFields, returnAllOrLimit, roomRLC, sessionRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { readLimit, takeLimit } from '../../helpers/limit';
import { simplifyRegistration } from '../../helpers/people';
import { getRoomId } from '../../helpers/room';
import { getSessionId } from '../../helpers/session';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequestList, path } from '../../transport';

const properties: INodeProperties[] = [
	roomRLC,
	sessionRLC,
	...returnAllOrLimit,
	...outputFields('email, first_name, last_name, url'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['registration'], operation: ['getAllForSession'] } },
	properties,
);

/** GET /conferences/:room_id/sessions/:session_id/registrations — one item per registrant. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit(this, itemIndex);
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const sessionId = await getSessionId.call(this, itemIndex, roomId);
	const answer = await apiRequestList.call(this, {
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}/registrations`,
		itemIndex,
	});
	return takeLimit(answer, limit).map((registration) => ({
		json: shapeOutput(output, registration, simplifyRegistration),
	}));
}
