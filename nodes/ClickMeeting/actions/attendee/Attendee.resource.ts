import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	operationSelector('attendee', 'getAll', [
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				'Get the attendees of one session of a room, or of every session when none is chosen: email, name, role, join and leave times, rating and poll answers',
			action: 'Get many attendees of session',
		},
	]),
	...getAll.description,
];
