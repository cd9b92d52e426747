import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, roomRLC } from '../common.descriptions';
import { limitList } from '../../helpers/people';
import { getRoomId } from '../../helpers/room';
import { listSessions } from '../../helpers/session';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [roomRLC, ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['session'], operation: ['getAll'] } },
	properties,
);

/** GET /conferences/:room/sessions: one item per session of the room. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	const sessions = await listSessions.call(this, roomId, itemIndex);
	return limitList.call(this, itemIndex, sessions).map((session) => ({ json: session }));
}
