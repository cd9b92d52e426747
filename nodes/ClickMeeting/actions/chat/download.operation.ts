import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getNumericId } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequestBinary, path } from '../../transport';
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

/** GET /chats/:session_id: the chat archive of a session, as a zip in a binary field. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const sessionId = getNumericId.call(this, itemIndex, 'sessionId', 'Session ID');
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const { data } = await apiRequestBinary.call(this, {
		method: 'GET',
		endpoint: path`/chats/${sessionId}`,
		itemIndex,
	});
	const fileName = `clickmeeting-chat-${sessionId}.zip`;
	const binary = await this.helpers.prepareBinaryData(data, fileName, 'application/zip');
	return [
		{
			json: { sessionId, fileName, size: data.length },
			binary: { [binaryPropertyName]: binary },
		},
	];
}
