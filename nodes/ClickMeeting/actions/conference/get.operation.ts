import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';
import { rawResponseOption, roomOutput } from './roomFields';

const properties: INodeProperties[] = [roomRLC, rawResponseOption];

export const description = updateDisplayOptions(
	{ show: { resource: ['conference'], operation: ['get'] } },
	properties,
);

/** GET /conferences/:room_id: the details of one room. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequest.call(this, { method: 'GET', endpoint: path`/conferences/${roomId}`, itemIndex });
	return [{ json: roomOutput.call(this, itemIndex, answer) }];
}
