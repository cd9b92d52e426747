import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { roomRLC } from '../common.descriptions';
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

/** PUT /conferences/:room with registration[enabled]=1 and registration[template]=1..3. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const template = Number(this.getNodeParameter('template', itemIndex));
	if (!Number.isInteger(template) || template < 1 || template > 3) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Template" field must be 1, 2 or 3, got "${String(template)}"`,
			{
				itemIndex,
			},
		);
	}
	return await updateRegistration.call(this, itemIndex, { enabled: true, template });
}
