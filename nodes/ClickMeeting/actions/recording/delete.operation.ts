import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getNumericId } from '../../helpers/numericId';
import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

const properties: INodeProperties[] = [
	roomRLC,
	{
		displayName: 'Recording ID',
		name: 'recordingId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5126',
		description: 'The ID of the recording to delete, as Get Many lists it',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['delete'] } },
	properties,
);

/** DELETE /conferences/:room_id/recordings/:recording_id. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const recordingId = getNumericId.call(this, itemIndex, 'recordingId', 'Recording ID');
	const roomId = await getRoomId.call(this, itemIndex);
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/conferences/${roomId}/recordings/${recordingId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: recordingId, roomId } }];
}
