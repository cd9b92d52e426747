import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readId } from '../../helpers/checks';
import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';
import { recordingRLC } from './recording.description';

const properties: INodeProperties[] = [roomRLC, recordingRLC];

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['delete'] } },
	properties,
);

/** DELETE /conferences/:room_id/recordings/:recording_id — deletes one recording. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const recordingId = readId(this, itemIndex, 'recordingId', 'Recording');
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}/recordings/${recordingId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: recordingId, room_id: roomId } }];
}
