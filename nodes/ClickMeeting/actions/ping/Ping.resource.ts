import type { INodeProperties } from 'n8n-workflow';

import * as check from './check.operation';

export { check };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ping'] } },
		options: [
			{
				name: 'Check API Status',
				value: 'check',
				description: 'Check that the ClickMeeting API answers and accepts the API key',
				action: 'Check API status',
			},
		],
		default: 'check',
	},
	...check.description,
];
