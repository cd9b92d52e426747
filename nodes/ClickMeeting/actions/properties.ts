import type { INodeProperties } from 'n8n-workflow';

import { requestOptionsDescription } from './requestOptions';
import { resources } from './resources';

const entries = Object.entries(resources);

/** The Resource selector followed by every resource's Operation selector and fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: entries.map(([value, { name, description }]) => ({ name, value, description })),
		default: 'conference',
	},
	...entries.flatMap(([, { module }]) => module.description),
	requestOptionsDescription,
];
