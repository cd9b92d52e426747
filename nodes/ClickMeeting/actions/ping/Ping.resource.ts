import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as check from './check.operation';

export { check };

export const description: INodeProperties[] = [
	operationSelector('ping', 'check', [
		{
			name: 'Check API Status',
			value: 'check',
			description: 'Check that the ClickMeeting API answers and accepts the API key',
			action: 'Check API status',
		},
	]),
	...check.description,
];
