import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { roomRLC } from '../common.descriptions';
import { getRoomId } from '../../helpers/room';
import { getSessionId, sessionField } from '../../helpers/session';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';

const properties: INodeProperties[] = [roomRLC, sessionField];

export const description = updateDisplayOptions(
	{ show: { resource: ['session'], operation: ['get'] } },
	properties,
);

/** GET /conferences/:room/sessions/:session: one session with its attendees and PDF links. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	const sessionId = await getSessionId.call(this, itemIndex, roomId);
	const session = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}`,
		itemIndex,
	});
	return [{ json: session as IDataObject }];
}
