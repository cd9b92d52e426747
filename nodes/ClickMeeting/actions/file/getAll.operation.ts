import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getRoomId } from '../../helpers/room';
import { readLimit, takeLimit } from '../../helpers/limit';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequestList, path } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import { scopeFields } from './scope.description';

const properties: INodeProperties[] = [...scopeFields, ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['getAll'] } },
	properties,
);

/** GET /file-library, or GET /file-library/conferences/:room_id — one item per file. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit(this, itemIndex);
	const scope = this.getNodeParameter('scope', itemIndex) as string;
	const endpoint =
		scope === 'room'
			? path`/file-library/conferences/${await getRoomId.call(this, itemIndex)}`
			: '/file-library';
	const files = await apiRequestList.call(this, { endpoint, itemIndex });
	return takeLimit(files, limit).map((file) => ({ json: file }));
}
