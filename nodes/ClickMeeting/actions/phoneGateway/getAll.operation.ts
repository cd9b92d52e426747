import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readLimit, takeLimit } from '../../helpers/limit';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequestList } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';

const properties: INodeProperties[] = [...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneGateway'], operation: ['getAll'] } },
	properties,
);

/** GET /phone_gateways — one item per dial-in number. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit(this, itemIndex);
	const gateways = await apiRequestList.call(this, { endpoint: '/phone_gateways', itemIndex });
	return takeLimit(gateways, limit).map((gateway) => ({ json: gateway }));
}
