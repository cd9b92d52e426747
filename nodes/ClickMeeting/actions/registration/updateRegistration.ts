import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getRoomId, unwrapRoom } from '../../helpers/room';
import { apiRequest, path } from '../../transport';

/**
 * PUT /conferences/:room_id — with the given `registration[...]` settings; outputs the updated room
 * (the `conference` of the answer). Shared by Enable, Disable and Set Template.
 */
export async function updateRegistration(
	this: IExecuteFunctions,
	itemIndex: number,
	registration: IDataObject,
): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = (await apiRequest.call(this, {
		method: 'PUT',
		endpoint: path`/conferences/${roomId}`,
		body: { registration },
		itemIndex,
	})) as IDataObject;
	return [{ json: unwrapRoom(answer) }];
}
