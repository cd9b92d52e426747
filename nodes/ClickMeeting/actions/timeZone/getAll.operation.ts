import type { IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../fields';

import { checkCountry } from '../../helpers/checks';
import { readLimit, takeLimit } from '../../helpers/limit';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import type { ApiRequest } from '../../transport';
import { apiRequest, path } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';

export const description = operationFields('timeZone', 'getAll', [
	...returnAllOrLimit,
	collection('filters', [
		{
			displayName: 'Country Code',
			name: 'country',
			type: 'string',
			default: '',
			placeholder: 'e.g. PL',
			description: 'Only the time zones of this country, by its ISO 3166-1 alpha-2 code',
		},
	]),
]);

/** GET /time_zone_list, or GET /time_zone_list/:country — one item per zone, { timezone }. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { country?: string };
	const raw = String(filters.country ?? '').trim();
	const endpoint = raw
		? path`/time_zone_list/${checkCountry(this, itemIndex, raw, 'Country Code')}`
		: '/time_zone_list';
	// 'strings': the transport has checked that the answer is a list of texts.
	const zones = await apiRequest.call<IExecuteFunctions, [ApiRequest], Promise<string[]>>(this, {
		method: 'GET',
		endpoint,
		itemIndex,
		expect: 'strings',
	});
	return takeLimit(zones, limit).map((timezone) => ({ json: { timezone } }));
};
