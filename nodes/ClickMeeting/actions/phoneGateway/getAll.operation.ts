import { readLimit, takeLimit } from '../../helpers/limit';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';

export const description = operationFields('phoneGateway', 'getAll', [...returnAllOrLimit]);

/** GET /phone_gateways — one item per dial-in number. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const gateways = await apiRequestList.call(this, { endpoint: '/phone_gateways', itemIndex });
	return takeLimit(gateways, limit).map((gateway) => ({ json: gateway }));
};
