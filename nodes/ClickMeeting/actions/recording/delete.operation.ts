import { readId } from '../../helpers/checks';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';
import { recordingRLC } from './recording.description';

export const description = operationFields('recording', 'delete', [roomRLC, recordingRLC]);

/** DELETE /conferences/:room_id/recordings/:recording_id — deletes one recording. */
export const execute: OperationExecute = async function (itemIndex) {
	const recordingId = readId(this, itemIndex, 'recordingId', 'Recording');
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}/recordings/${recordingId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: recordingId, room_id: roomId } }];
};
