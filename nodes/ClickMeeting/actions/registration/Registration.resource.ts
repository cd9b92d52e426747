import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../fields';

import * as disable from './disable.operation';
import * as enable from './enable.operation';
import * as getAll from './getAll.operation';
import * as getAllForSession from './getAllForSession.operation';
import * as register from './register.operation';
import * as setTemplate from './setTemplate.operation';

export { disable, enable, getAll, getAllForSession, register, setTemplate };

export const description: INodeProperties[] = [
	operationSelector('registration', 'getAll', [
		{
			name: 'Disable',
			value: 'disable',
			description: 'Turn registration off for a room',
			action: 'Disable registration for room',
		},
		{
			name: 'Enable',
			value: 'enable',
			description: 'Turn registration on for a room',
			action: 'Enable registration for room',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			description:
				'Get the registrants of a room: email, name, registration date, session and personal join URL',
			action: 'Get many registrations of room',
		},
		{
			name: 'Get Many for Session',
			value: 'getAllForSession',
			description:
				'Get the registrants of one session of a room: email, name, registration date and personal join URL',
			action: 'Get many registrations of session',
		},
		{
			name: 'Register',
			value: 'register',
			description:
				'Register a participant (first name, last name, email) for a room; returns their personal join URL',
			action: 'Register participant for room',
		},
		{
			name: 'Set Template',
			value: 'setTemplate',
			description: 'Choose the registration form template of a room (and turn registration on)',
			action: 'Set registration template of room',
		},
	]),
	...disable.description,
	...enable.description,
	...getAll.description,
	...getAllForSession.description,
	...register.description,
	...setTemplate.description,
];
