import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getLimit } from '../../helpers/limit';
import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { returnAllOrLimit, roomRLC } from '../common.descriptions';

const properties: INodeProperties[] = [
	{ ...roomRLC, description: 'The token-protected room (access type 3)' },
	...returnAllOrLimit,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['accessToken'], operation: ['getAll'] } },
	properties,
);

/** GET /conferences/:room_id/tokens: the room's access tokens, one item per token. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const limit = getLimit(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/tokens`,
		itemIndex,
		expect: 'object',
	});
	const list = (answer as IDataObject)?.access_tokens;
	const tokens = Array.isArray(list) ? (list as IDataObject[]) : [];
	return (limit === undefined ? tokens : tokens.slice(0, limit)).map((token) => ({ json: token }));
}
