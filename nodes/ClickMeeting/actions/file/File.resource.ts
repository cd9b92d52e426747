import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as del from './delete.operation';
import * as download from './download.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as upload from './upload.operation';

export { del as delete, download, get, getAll, upload };

export const description: INodeProperties[] = [
	operationSelector('file', 'getAll', [
		{
			name: 'Delete',
			value: 'delete',
			description: 'Delete a file from the file library by its ID',
			action: 'Delete file',
		},
		{
			name: 'Download',
			value: 'download',
			description: 'Download a file of the file library into a binary field',
			action: 'Download file',
		},
		{
			name: 'Get',
			value: 'get',
			description: 'Get the details of a file of the file library by its ID',
			action: 'Get file',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description: 'Get the files of the account’s library or of a room’s library',
			action: 'Get many files',
		},
		{
			name: 'Upload',
			value: 'upload',
			description: 'Upload a file from a binary field to the account’s library or a room’s library',
			action: 'Upload file',
		},
	]),
	...del.description,
	...download.description,
	...get.description,
	...getAll.description,
	...upload.description,
];
