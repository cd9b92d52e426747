import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

export const description = operationFields('recording', 'deleteAll', [
	{
		displayName:
			'This deletes EVERY recording of the room, permanently. It cannot be undone. To delete one recording, use the Delete operation.',
		name: 'deleteAllNotice',
		type: 'notice',
		default: '',
	},
	roomRLC,
]);

/** DELETE /conferences/:room_id/recordings — deletes all recordings of the room. */
export const execute: OperationExecute = async function (itemIndex) {
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}/recordings`,
		itemIndex,
	});
	return [{ json: { deleted: true, room_id: roomId, all_recordings: true } }];
};
