import type { INodeProperties } from 'n8n-workflow';

import * as ping from './ping/Ping.resource';
import { requestOptionsDescription } from './requestOptions';

/** The Resource selector followed by every resource's Operation selector and fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Ping', value: 'ping', description: 'Check that the API answers' }],
		default: 'ping',
	},
	...ping.description,
	requestOptionsDescription,
];
