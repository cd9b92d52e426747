import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

export const description = operationFields('conference', 'delete', [roomRLC]);

/** DELETE /conferences/:room_id — deletes a room (ClickMeeting keeps it one month for recovery). */
export const execute: OperationExecute = async function (itemIndex) {
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: roomId } }];
};
