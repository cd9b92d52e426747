import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { fileNameFromContentDisposition, mimeTypeOf } from '../../helpers/download';
import { getNumericId } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, apiRequestBinary, path } from '../../transport';
import { fileIdField } from './fileId.description';
import { binaryOutputField } from '../common.descriptions';

const properties: INodeProperties[] = [
	fileIdField,
	binaryOutputField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['download'] } },
	properties,
);

/**
 * GET /file-library/:file_id/download into a binary field: the exact bytes, named as the
 * Content-Disposition header says (or, without one, as the file's details say).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const fileId = getNumericId.call(this, itemIndex, 'fileId', 'File ID');
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const { data, headers } = await apiRequestBinary.call(this, {
		method: 'GET',
		endpoint: path`/file-library/${fileId}/download`,
		itemIndex,
	});
	let fileName = fileNameFromContentDisposition(headers['content-disposition']);
	if (!fileName) {
		const details = (await apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/file-library/${fileId}`,
			itemIndex,
		})) as IDataObject;
		fileName = typeof details.name === 'string' && details.name ? details.name : `file-${fileId}`;
	}
	const mimeType = mimeTypeOf(headers['content-type']);
	const binary = await this.helpers.prepareBinaryData(data, fileName, mimeType);
	return [
		{
			json: { id: fileId, name: fileName, mimeType: binary.mimeType, size: data.length },
			binary: { [binaryPropertyName]: binary },
		},
	];
}
