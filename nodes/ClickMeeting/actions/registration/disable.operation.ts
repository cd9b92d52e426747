import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { roomRLC } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/utils';
import { updateRegistration } from './updateRegistration';

const properties: INodeProperties[] = [roomRLC];

export const description = updateDisplayOptions(
	{ show: { resource: ['registration'], operation: ['disable'] } },
	properties,
);

/** PUT /conferences/:room_id — with registration[enabled]=0: outputs the updated room. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await updateRegistration.call(this, itemIndex, { enabled: false });
}
