import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	operationSelector('timeZone', 'getAll', [
		{
			name: 'Get Many',
			value: 'getAll',
			description: 'Get the time zones the API accepts, of every country or of one country',
			action: 'Get many time zones',
		},
	]),
	...getAll.description,
];
