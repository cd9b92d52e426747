import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as generate from './generate.operation';
import * as getAll from './getAll.operation';

export { generate, getAll };

export const description: INodeProperties[] = [
	operationSelector('accessToken', 'generate', [
		{
			name: 'Generate',
			value: 'generate',
			description:
				'Generate single-use access tokens for a token-protected room (access type 3); returns the new tokens',
			action: 'Generate access tokens for room',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				'Get the access tokens of a token-protected room, with the email each was sent to',
			action: 'Get many access tokens of room',
		},
	]),
	...generate.description,
	...getAll.description,
];
