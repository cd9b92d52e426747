import { readId } from '../../helpers/checks';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { fileRLC } from './file.description';

export const description = operationFields('file', 'delete', [fileRLC]);

/** DELETE /file-library/:file_id — deletes a file of the library. */
export const execute: OperationExecute = async function (itemIndex) {
	const fileId = readId(this, itemIndex, 'fileId', 'File');
	await apiRequest.call(this, {
		method: 'DELETE',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
	});
	return [{ json: { deleted: true, id: fileId } }];
};
