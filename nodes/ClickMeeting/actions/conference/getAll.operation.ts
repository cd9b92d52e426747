import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, apiRequestAllPages } from '../../transport';
import { returnAllOrLimit, simplifyField } from '../common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active', description: 'All active meetings and webinars' },
			{ name: 'Inactive', value: 'inactive', description: 'All inactive meetings and webinars, read 250 at a time' },
		],
		default: 'active',
		description: 'Which rooms to list',
	},
	...returnAllOrLimit,
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['conference'], operation: ['getAll'] } },
	properties,
);

const SIMPLE_KEYS = [
	'id',
	'name',
	'room_url',
	'room_type',
	'status',
	'starts_at',
	'ends_at',
	'timezone',
	'registration_enabled',
];

function simplify(room: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of SIMPLE_KEYS) if (room[key] !== undefined) out[key] = room[key];
	return out;
}

function asList(answer: unknown): IDataObject[] {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (answer && typeof answer === 'object') return Object.values(answer as IDataObject) as IDataObject[];
	return [];
}

/**
 * GET /conferences/active (one answer, the limit applied here) or /conferences/inactive
 * (pages of 250: Return All reads every page, a Limit reads only the pages it needs).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const status = this.getNodeParameter('status', itemIndex) as string;
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const doSimplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1)) {
		throw new NodeOperationError(this.getNode(), `The "Limit" field must be a whole number of at least 1, got "${limit}"`, {
			itemIndex,
		});
	}

	let rooms: IDataObject[];
	if (status === 'inactive') {
		rooms = await apiRequestAllPages.call(this, { endpoint: '/conferences/inactive', itemIndex }, limit);
	} else if (status === 'active') {
		const answer = await apiRequest.call(this, { method: 'GET', endpoint: '/conferences/active', itemIndex });
		rooms = asList(answer);
		if (limit !== undefined) rooms = rooms.slice(0, limit);
	} else {
		throw new NodeOperationError(this.getNode(), `The "Status" field must be "active" or "inactive", got "${status}"`, {
			itemIndex,
		});
	}
	return rooms.map((room) => ({ json: doSimplify ? simplify(room) : room }));
}
