import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { outputFields, returnAllOrLimit, roomRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { limitList, simplifyRegistration } from '../../helpers/people';
import { getRoomId } from '../../helpers/room';
import { getSessionId, sessionField } from '../../helpers/session';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';

const properties: INodeProperties[] = [
	roomRLC,
	sessionField,
	...returnAllOrLimit,
	...outputFields('email, first_name, last_name, url'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['registration'], operation: ['getAllForSession'] } },
	properties,
);

/** GET /conferences/:room/sessions/:session/registrations: one item per registrant. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const sessionId = await getSessionId.call(this, itemIndex, roomId);
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}/registrations`,
		itemIndex,
		expect: 'list',
	});
	const registrations = limitList.call(
		this,
		itemIndex,
		Array.isArray(answer) ? (answer as IDataObject[]) : [],
	);
	return registrations.map((registration) => ({
		json: shapeOutput(output, registration, simplifyRegistration),
	}));
}
