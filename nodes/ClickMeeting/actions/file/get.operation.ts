import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { readId } from '../../helpers/checks';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { fileRLC } from './file.description';

const properties: INodeProperties[] = [fileRLC];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['get'] } },
	properties,
);

/** GET /file-library/:file_id — the file's details. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fileId = readId(this, itemIndex, 'fileId', 'File');
	const file = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
	});
	return [{ json: file as IDataObject }];
}
