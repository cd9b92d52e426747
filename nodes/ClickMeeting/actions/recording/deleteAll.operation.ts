import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName:
			'This deletes EVERY recording of the room, permanently. It cannot be undone. To delete one recording, use the Delete operation.',
		name: 'deleteAllNotice',
		type: 'notice',
		default: '',
	},
	roomRLC,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['deleteAll'] } },
	properties,
);

/** DELETE /conferences/:room_id/recordings — deletes all recordings of the room. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}/recordings`,
		itemIndex,
	});
	return [{ json: { deleted: true, room_id: roomId, all_recordings: true } }];
}
