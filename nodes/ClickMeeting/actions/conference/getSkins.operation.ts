import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequestList } from '../../transport';

const properties: INodeProperties[] = [];

export const description = updateDisplayOptions(
	{ show: { resource: ['conference'], operation: ['getSkins'] } },
	properties,
);

/** GET /conferences/skins — the room skins available to the account, one item per skin. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const skins = await apiRequestList.call(this, { endpoint: '/conferences/skins', itemIndex });
	return skins.map((skin) => ({ json: skin }));
}
