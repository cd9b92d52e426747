import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest } from '../../transport';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['ping'], operation: ['check'] } },
	properties,
);

/** GET /ping — tells whether the API answers and accepts the key. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const answer = await apiRequest.call(this, { method: 'GET', endpoint: '/ping', itemIndex });
	return [{ json: answer as INodeExecutionData['json'] }];
}
