import type { INodeProperties } from 'n8n-workflow';

export const fileIdField: INodeProperties = {
	displayName: 'File ID',
	name: 'fileId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1106',
	description: 'The ID of the file in the file library',
};
