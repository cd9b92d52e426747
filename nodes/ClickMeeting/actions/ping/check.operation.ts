import type { INodeExecutionData } from 'n8n-workflow';

import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest } from '../../transport';

export const description = operationFields('ping', 'check', []);

/** GET /ping — tells whether the API answers and accepts the key. */
export const execute: OperationExecute = async function (itemIndex) {
	const answer = await apiRequest.call(this, { method: 'GET', endpoint: '/ping', itemIndex });
	return [{ json: answer as INodeExecutionData['json'] }];
};
