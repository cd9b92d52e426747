import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { roomRLC } from '../common.descriptions';
import { checkWholeNumber } from '../../helpers/checks';
import { updateDisplayOptions } from '../../helpers/utils';
import { updateRegistration } from './updateRegistration';

const properties: INodeProperties[] = [
	roomRLC,
	{
		displayName: 'Template',
		name: 'template',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3 },
		required: true,
		default: 1,
		description: 'The registration form template, 1 to 3. Registration is turned on as well.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['registration'], operation: ['setTemplate'] } },
	properties,
);

/** PUT /conferences/:room_id — with registration[enabled]=1 and registration[template]=1..3. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const template = checkWholeNumber(
		this,
		itemIndex,
		Number(this.getNodeParameter('template', itemIndex)),
		'Template',
		1,
		3,
	);
	return await updateRegistration.call(this, itemIndex, { enabled: true, template });
}
