import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { getRoomId } from '../../helpers/room';
import { applyLimit } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import { scopeFields } from './scope.description';

const properties: INodeProperties[] = [...scopeFields, ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['getAll'] } },
	properties,
);

/** GET /file-library, or GET /file-library/conferences/:room_id: one item per file. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const scope = this.getNodeParameter('scope', itemIndex) as string;
	const endpoint =
		scope === 'room'
			? path`/file-library/conferences/${await getRoomId.call(this, itemIndex)}`
			: '/file-library';
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint,
		itemIndex,
		expect: 'list',
	});
	const files = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	return applyLimit(this, itemIndex, files).map((file) => ({ json: file }));
}
