import type { IBinaryData } from 'n8n-workflow';

import { readId } from '../../helpers/checks';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestDownload, path } from '../../transport';
import { binaryOutputField } from '../common.descriptions';

export const description = operationFields('chat', 'download', [
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 65075',
		description: 'The session whose chat to download (the ID of a chat in Get Many)',
	},
	binaryOutputField,
]);

/**
 * GET /chats/:session_id — the chat archive of a session, as a zip in a binary field, streamed
 * into n8n's binary data.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const sessionId = readId(this, itemIndex, 'sessionId', 'Session ID');
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const fileName = `clickmeeting-chat-${sessionId}.zip`;
	const binary = (await apiRequestDownload.call(
		this,
		{ endpoint: path`/chats/${sessionId}`, itemIndex },
		async ({ body }) =>
			await this.helpers.prepareBinaryData(body as never, fileName, 'application/zip'),
	)) as IBinaryData;
	return [
		{
			json: { session_id: sessionId, file_name: fileName, size: binary.bytes },
			binary: { [binaryPropertyName]: binary },
		},
	];
};
