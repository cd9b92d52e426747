import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { applyLimit } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import { ISO_COUNTRY_CODES } from './countries';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Country Code',
				name: 'country',
				type: 'string',
				default: '',
				placeholder: 'e.g. PL',
				description: 'Only the time zones of this country, by its ISO 3166-1 alpha-2 code',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['timeZone'], operation: ['getAll'] } },
	properties,
);

/** GET /time_zone_list, or GET /time_zone_list/:country: one item per zone, { timezone }. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { country?: string };
	const raw = String(filters.country ?? '').trim();
	let endpoint = '/time_zone_list';
	if (raw) {
		const country = raw.toUpperCase();
		if (!ISO_COUNTRY_CODES.has(country)) {
			throw new NodeOperationError(
				this.getNode(),
				`The "Country Code" filter must be an ISO 3166-1 alpha-2 country code such as PL or US, got "${raw}"`,
				{ itemIndex },
			);
		}
		endpoint = path`/time_zone_list/${country}`;
	}
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint,
		itemIndex,
		expect: 'strings',
	});
	const zones = (Array.isArray(answer) ? answer : []).map(String);
	return applyLimit(this, itemIndex, zones).map((timezone) => ({ json: { timezone } }));
}
