import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as generate from './generate.operation';

export { generate };

export const description: INodeProperties[] = [
	operationSelector('pdfReport', 'generate', [
		{
			name: 'Generate',
			value: 'generate',
			description:
				'Generate the PDF report of a session of a room; optionally wait until it is ready and download it',
			action: 'Generate PDF report of session',
		},
	]),
	...generate.description,
];
