/** GET /conferences/:room_id/recordings — Recording → Get Many. */
import type { IDataObject } from 'n8n-workflow';

import { readLimit, takeLimit } from '../../helpers/limit';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList, path } from '../../transport';
import { returnAllOrLimit, roomRLC } from '../common.descriptions';

export const description = operationFields('recording', 'getAll', [roomRLC, ...returnAllOrLimit]);

/** ClickMeeting sends `recording_file_size` as a string ("183812200"): the output has a number. */
export function recordingOutput(recording: IDataObject): IDataObject {
	const size = recording.recording_file_size;
	if (typeof size !== 'string' || !/^\s*\d+\s*$/.test(size)) return recording;
	return { ...recording, recording_file_size: Number(size) };
}

/** GET /conferences/:room_id/recordings — one item per recording. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const recordings = await apiRequestList.call(this, {
		endpoint: path`/conferences/${roomId}/recordings`,
		itemIndex,
	});
	return takeLimit(recordings, limit).map((recording) => ({
		json: recordingOutput(recording),
	}));
};
