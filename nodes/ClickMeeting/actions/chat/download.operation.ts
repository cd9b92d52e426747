import type {
	IBinaryData,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { readId } from '../../helpers/checks';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequestDownload, path } from '../../transport';
import { binaryOutputField } from '../common.descriptions';

const properties: INodeProperties[] = [
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
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['download'] } },
	properties,
);

/**
 * GET /chats/:session_id — the chat archive of a session, as a zip in a binary field, streamed
 * into n8n's binary data.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
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
}
