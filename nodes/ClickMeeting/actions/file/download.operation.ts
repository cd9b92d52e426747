import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fileNameFromContentDisposition, mimeTypeOf } from '../../helpers/download';
import { readId } from '../../helpers/checks';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, apiRequestDownload, path } from '../../transport';
import { fileRLC } from './file.description';
import { binaryOutputField } from '../common.descriptions';

export const description = operationFields('file', 'download', [fileRLC, binaryOutputField]);

/**
 * GET /file-library/:file_id/download — into a binary field, streamed into n8n's binary data (a
 * 2 GB file does not need 2 GB of memory): the exact bytes, named as the Content-Disposition
 * header says (or, without one, as the file's details say). A redirect to the file's host (a
 * signed CDN link) is followed without the API key.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const fileId = readId(this, itemIndex, 'fileId', 'File');
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	let detailsName: string | undefined;
	const binary = (await apiRequestDownload.call(
		this,
		{ endpoint: path`/file-library/${fileId}/download`, itemIndex },
		async ({ body, headers }) => {
			let fileName = fileNameFromContentDisposition(headers['content-disposition']);
			if (!fileName) {
				detailsName ??= await fileNameFromDetails.call(this, itemIndex, fileId);
				fileName = detailsName;
			}
			const mimeType = mimeTypeOf(headers['content-type']);
			return await this.helpers.prepareBinaryData(body as never, fileName, mimeType);
		},
	)) as IBinaryData;
	return [
		{
			json: { id: fileId, name: binary.fileName, mime_type: binary.mimeType, size: binary.bytes },
			binary: { [binaryPropertyName]: binary },
		},
	];
};

/** GET /file-library/:file_id: the file's name, for a download without Content-Disposition. */
async function fileNameFromDetails(
	this: IExecuteFunctions,
	itemIndex: number,
	fileId: string | number,
): Promise<string> {
	const details = (await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
		expect: 'object',
	})) as IDataObject;
	return typeof details.name === 'string' && details.name ? details.name : `file-${fileId}`;
}
