import type { INodeProperties } from 'n8n-workflow';

import * as generate from './generate.operation';

export { generate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pdfReport'] } },
		options: [
			{
				name: 'Generate',
				value: 'generate',
				description:
					'Generate the PDF report of a session of a room; optionally wait until it is ready and download it',
				action: 'Generate PDF report of session',
			},
		],
		default: 'generate',
	},
	...generate.description,
];
