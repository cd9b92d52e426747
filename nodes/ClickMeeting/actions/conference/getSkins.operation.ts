import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest } from '../../transport';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['conference'], operation: ['getSkins'] } },
	properties,
);

/** GET /conferences/skins: the room skins available to the account, one item per skin. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const skins = await apiRequest.call(this, {
		method: 'GET',
		endpoint: '/conferences/skins',
		itemIndex,
		expect: 'list',
	});
	return (Array.isArray(skins) ? (skins as IDataObject[]) : []).map((skin) => ({ json: skin }));
}
