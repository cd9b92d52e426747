import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { roomRLC } from '../common.descriptions';
import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';

const properties: INodeProperties[] = [roomRLC];

export const description = updateDisplayOptions(
	{ show: { resource: ['registration'], operation: ['disable'] } },
	properties,
);

/** PUT /conferences/:room with registration[enabled]=0: outputs the updated room. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = (await apiRequest.call(this, {
		method: 'PUT',
		endpoint: path`/conferences/${roomId}`,
		body: { registration: { enabled: false } },
		itemIndex,
	})) as IDataObject;
	return [{ json: (answer.conference ?? answer) as IDataObject }];
}
