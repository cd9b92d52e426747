import { outputFields, roomRLC } from '../common.descriptions';
import { readOutput } from '../../helpers/output';
import { getRoomId, roomOutput } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';

export const description = operationFields('conference', 'get', [
	roomRLC,
	...outputFields('id, name, room_url, starts_at, settings.lobby_enabled'),
]);

/**
 * GET /conferences/:room_id — the details of one room. Raw is the room as ClickMeeting sends it
 * (unwrapped from `conference`, with `host_login_url` when it carries the host's hash); Simplified
 * the fields of Room → Get Many.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}`,
		itemIndex,
	});
	return [{ json: roomOutput(output, answer) }];
};
