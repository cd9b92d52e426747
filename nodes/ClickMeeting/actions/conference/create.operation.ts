import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest } from '../../transport';
import {
	accessTypeField,
	buildRoomBody,
	byDisplayName,
	nameField,
	passwordField,
	permanentRoomField,
	rawResponseOption,
	roomOutput,
	roomTypeField,
	sharedOptionalFields,
} from './roomFields';
import { checkText } from '../../helpers/validation-people';

const properties: INodeProperties[] = [
	{ ...nameField, required: true },
	{ ...roomTypeField, required: true },
	{ ...permanentRoomField, required: true },
	{ ...accessTypeField, required: true },
	{ ...passwordField, required: true, displayOptions: { show: { accessType: [2] } } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName([
			...sharedOptionalFields,
			{
				displayName: 'Custom Room URL Name',
				name: 'customRoomUrlName',
				type: 'string',
				default: '',
				placeholder: 'e.g. my_meeting',
				description:
					'Last part of the room URL (http://{login}.clickmeeting.com/{name}); made from the name when empty',
			},
		]),
	},
	rawResponseOption,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['conference'], operation: ['create'] } },
	properties,
);

/** POST /conferences: creates a meeting or webinar room. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accessType = this.getNodeParameter('accessType', itemIndex) as number;
	const fields: IDataObject = {
		name: checkText.call(
			this,
			itemIndex,
			this.getNodeParameter('name', itemIndex, ''),
			'Name',
		) as string,
		roomType: this.getNodeParameter('roomType', itemIndex),
		permanentRoom: this.getNodeParameter('permanentRoom', itemIndex),
		accessType,
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	if (Number(accessType) === 2) {
		fields.password = checkText.call(
			this,
			itemIndex,
			this.getNodeParameter('password', itemIndex, ''),
			'Password',
		) as string;
	}
	const body = buildRoomBody.call(this, itemIndex, fields);
	const answer = await apiRequest.call(this, {
		method: 'POST',
		endpoint: '/conferences',
		body,
		itemIndex,
		expect: 'object',
	});
	return [{ json: roomOutput.call(this, itemIndex, answer) }];
}
