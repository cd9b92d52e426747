import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { getNumericId } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { fileIdField } from './fileId.description';

const properties: INodeProperties[] = [fileIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['get'] } },
	properties,
);

/** GET /file-library/:file_id: the file's details. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fileId = getNumericId.call(this, itemIndex, 'fileId', 'File ID');
	const file = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
	});
	return [{ json: file as IDataObject }];
}
