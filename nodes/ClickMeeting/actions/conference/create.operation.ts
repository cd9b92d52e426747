import type { IDataObject } from 'n8n-workflow';

import { collection } from '../fields';

import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { outputFields } from '../common.descriptions';
import { apiRequest } from '../../transport';
import {
	accessTypeField,
	byDisplayName,
	customRoomUrlNameField,
	nameField,
	passwordField,
	permanentRoomField,
	roomTypeField,
} from './room.description';
import { sharedOptionalFields } from './roomOptions.description';
import { readOutput } from '../../helpers/output';
import { buildRoomBody } from '../../helpers/roomBody';
import { roomOutput } from '../../helpers/room';
import { checkText } from '../../helpers/checks';

export const description = operationFields('conference', 'create', [
	{ ...nameField, required: true },
	{ ...roomTypeField, required: true },
	{ ...permanentRoomField, required: true },
	{ ...accessTypeField, required: true },
	{ ...passwordField, required: true, displayOptions: { show: { accessType: [2] } } },
	collection('additionalFields', byDisplayName([...sharedOptionalFields, customRoomUrlNameField])),
	...outputFields('id, name, room_url, host_login_url'),
]);

/** POST /conferences — creates a meeting or webinar room. */
export const execute: OperationExecute = async function (itemIndex) {
	const output = readOutput.call(this, itemIndex);
	const accessType = this.getNodeParameter('accessType', itemIndex) as number;
	const fields: IDataObject = {
		name: checkText(this, itemIndex, this.getNodeParameter('name', itemIndex, ''), 'Name'),
		roomType: this.getNodeParameter('roomType', itemIndex),
		permanentRoom: this.getNodeParameter('permanentRoom', itemIndex),
		accessType,
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	if (Number(accessType) === 2) {
		fields.password = checkText(
			this,
			itemIndex,
			this.getNodeParameter('password', itemIndex, ''),
			'Password',
		);
	}
	const body = buildRoomBody.call(this, itemIndex, fields);
	const answer = await apiRequest.call(this, {
		method: 'POST',
		endpoint: '/conferences',
		body,
		itemIndex,
		expect: 'object',
	});
	return [{ json: roomOutput(output, answer) }];
};
