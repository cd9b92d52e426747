import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

const properties: INodeProperties[] = [roomRLC];

export const description = updateDisplayOptions(
	{ show: { resource: ['conference'], operation: ['delete'] } },
	properties,
);

/** DELETE /conferences/:room_id — deletes a room (ClickMeeting keeps it one month for recovery). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: roomId } }];
}
