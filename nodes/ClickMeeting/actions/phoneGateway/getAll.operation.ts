import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { applyLimit } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';

const properties: INodeProperties[] = [...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['phoneGateway'], operation: ['getAll'] } },
	properties,
);

/** GET /phone_gateways: one item per dial-in number. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: '/phone_gateways',
		itemIndex,
		expect: 'list',
	});
	const gateways = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	return applyLimit(this, itemIndex, gateways).map((gateway) => ({ json: gateway }));
}
