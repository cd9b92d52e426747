import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	operationSelector('phoneGateway', 'getAll', [
		{
			name: 'Get Many',
			value: 'getAll',
			description: 'Get the phone numbers attendees can dial in to, by country',
			action: 'Get many phone gateways',
		},
	]),
	...getAll.description,
];
