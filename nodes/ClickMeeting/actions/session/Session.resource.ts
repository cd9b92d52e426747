import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getSummary from './getSummary.operation';

export { get, getAll, getSummary };

export const description: INodeProperties[] = [
	operationSelector('session', 'getAll', [
		{
			name: 'Get',
			value: 'get',
			description:
				'Get a session of a room: start and end, visitor counts, attendees (email, name, join and leave times) and the URLs of ready PDF reports',
			action: 'Get session',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description: 'Get the sessions held in a room: ID, start and end, visitor counts',
			action: 'Get many sessions of room',
		},
		{
			name: 'Get Summary',
			value: 'getSummary',
			description:
				'Get the attendance figures of a session: registrants, attendees (unique by email), attendance rate, no-shows, attendees by role, average and median minutes, average rating, peak attendees and poll results per question',
			action: 'Get session summary',
		},
	]),
	...get.description,
	...getAll.description,
	...getSummary.description,
];
