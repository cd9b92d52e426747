import type { INodeProperties } from 'n8n-workflow';

import { numericIdModes } from '../fields';

/**
 * The file picker of Get, Download and Delete: a file of the account's library (which holds the
 * rooms' files too) from a searchable list, by its ID, or by its download URL
 * (`…/file-library/1106/download`), read with `extractValue: true`.
 */
export const fileRLC: INodeProperties = {
	displayName: 'File',
	name: 'fileId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'A file of the file library: pick it from the list, or give its ID or download URL',
	modes: [
		...numericIdModes('searchFiles', 'file', '1106'),
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://api.clickmeeting.com/v1/file-library/1106/download',
			extractValue: { type: 'regex', regex: '/file-library/([0-9]+)' },
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^https?://.+/file-library/[0-9]+.*',
						errorMessage:
							'Paste the file’s URL as the file library lists it (…/file-library/1106/download)',
					},
				},
			],
		},
	],
};
