/** POST /file-library and POST /file-library/conferences/:room_id — File → Upload (account or room). */
import type { IDataObject } from 'n8n-workflow';

import { collection } from '../fields';

import { invalid } from '../../helpers/checks';
import { headerSafe } from '../../helpers/download';

import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { scopeFields } from './scope.description';

export const description = operationFields('file', 'upload', [
	...scopeFields,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the file to be uploaded',
	},
	collection('options', [
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			description: 'The name to give the file in the library, instead of the input file’s name',
		},
	]),
]);

/** type/subtype with optional parameters, no CR/LF or quotes (it becomes a multipart header). */
const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=[\w.+-]+)*$/;

/**
 * POST /file-library, or POST /file-library/conferences/:room_id — uploads an input binary
 * field as the multipart field `uploaded`, keeping its file name and MIME type.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as { fileName?: string };
	const scope = this.getNodeParameter('scope', itemIndex) as string;
	const binary = this.helpers.assertBinaryData(itemIndex, binaryPropertyName);
	const endpoint =
		scope === 'room'
			? path`/file-library/conferences/${await getRoomId.call(this, itemIndex)}`
			: '/file-library';
	const data = await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
	const fileName =
		options.fileName?.trim() || binary.fileName || `upload.${binary.fileExtension ?? 'bin'}`;
	const mimeType = binary.mimeType || 'application/octet-stream';
	if (!MIME_TYPE.test(mimeType)) {
		throw invalid(
			this,
			itemIndex,
			'Input Binary Field',
			`("${binaryPropertyName}") holds data whose MIME type is not a valid type/subtype: "${headerSafe(mimeType)}"`,
			'Set a MIME type such as application/pdf on the binary data before uploading it.',
		);
	}
	const file = await apiRequest.call(this, {
		method: 'POST',
		endpoint,
		file: { field: 'uploaded', fileName, mimeType, data },
		itemIndex,
		expect: 'object',
	});
	return [{ json: file as IDataObject }];
};
