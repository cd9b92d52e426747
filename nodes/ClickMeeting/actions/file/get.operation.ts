import type { IDataObject } from 'n8n-workflow';

import { readId } from '../../helpers/checks';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { fileRLC } from './file.description';

export const description = operationFields('file', 'get', [fileRLC]);

/** GET /file-library/:file_id — the file's details. */
export const execute: OperationExecute = async function (itemIndex) {
	const fileId = readId(this, itemIndex, 'fileId', 'File');
	const file = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/file-library/${fileId}`,
		itemIndex,
	});
	return [{ json: file as IDataObject }];
};
