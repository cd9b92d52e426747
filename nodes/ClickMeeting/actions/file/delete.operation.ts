import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readId } from '../../helpers/checks';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { fileRLC } from './file.description';

const properties: INodeProperties[] = [fileRLC];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['delete'] } },
	properties,
);

/** DELETE /file-library/:file_id — deletes a file of the library. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fileId = readId(this, itemIndex, 'fileId', 'File');
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: fileId } }];
}
