import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getNumericId } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { fileIdField } from './fileId.description';

const properties: INodeProperties[] = [fileIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['delete'] } },
	properties,
);

/** DELETE /file-library/:file_id. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fileId = getNumericId.call(this, itemIndex, 'fileId', 'File ID');
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: fileId } }];
}
