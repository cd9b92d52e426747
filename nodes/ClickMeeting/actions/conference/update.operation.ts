import type { IDataObject } from 'n8n-workflow';

import { collection } from '../fields';

import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { outputFields, roomRLC } from '../common.descriptions';
import {
	accessTypeField,
	byDisplayName,
	nameField,
	passwordField,
	permanentRoomField,
	roomTypeField,
	statusField,
} from './room.description';
import { sharedOptionalFields } from './roomOptions.description';
import { readOutput } from '../../helpers/output';
import { buildRoomBody } from '../../helpers/roomBody';
import { invalid } from '../../helpers/checks';
import { getRoomId, roomOutput, unwrapRoom } from '../../helpers/room';

export const description = operationFields('conference', 'update', [
	roomRLC,
	collection(
		'updateFields',
		byDisplayName([
			...sharedOptionalFields,
			accessTypeField,
			nameField,
			passwordField,
			{
				...permanentRoomField,
				description:
					'Whether the room is permanent (endless) rather than a one-time scheduled meeting. Sent with Starts At and Duration; read from the room when not set.',
			},
			roomTypeField,
			statusField,
		]),
	),
	...outputFields('id, name, room_url, host_login_url'),
]);

/**
 * PUT /conferences/:room_id — ClickMeeting requires `permanent_room` whenever `starts_at` or
 * `duration` changes: it is taken from Update Fields, or read from the room (GET) first.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = buildRoomBody.call(this, itemIndex, fields);
	if (Object.keys(body).length === 0) {
		throw invalid(this, itemIndex, 'Update Fields', 'is empty: add at least one field');
	}
	if (
		(body.starts_at !== undefined || body.duration !== undefined) &&
		body.permanent_room === undefined
	) {
		const current = await apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/conferences/${roomId}`,
			itemIndex,
		});
		body.permanent_room = Boolean(unwrapRoom(current).permanent_room);
	}
	const answer = await apiRequest.call(this, {
		method: 'PUT',
		endpoint: path`/conferences/${roomId}`,
		body,
		itemIndex,
	});
	return [{ json: roomOutput(output, answer) }];
};
