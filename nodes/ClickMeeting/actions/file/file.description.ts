import type { INodeProperties } from 'n8n-workflow';

import { numericLocator } from '../fields';

/**
 * The file picker of Get, Download and Delete: a file of the account's library (which holds the
 * rooms' files too) from a searchable list, by its ID, or by its download URL
 * (`…/file-library/1106/download`), read with `extractValue: true`.
 */
export const fileRLC: INodeProperties = {
	description: 'A file of the file library: pick it from the list, or give its ID or download URL',
	...numericLocator('File', 'fileId', 'searchFiles', '1106', {
		placeholder: 'e.g. https://api.clickmeeting.com/v1/file-library/1106/download',
		idAfter: '/file-library/',
		errorMessage:
			'Paste the file’s URL as the file library lists it (…/file-library/1106/download)',
	}),
};
