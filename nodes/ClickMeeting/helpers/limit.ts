import type { IExecuteFunctions } from 'n8n-workflow';

import { checkWholeNumber } from './checks';

/**
 * The one Limit rule of every list operation: undefined with Return All, else a whole number
 * of at least 1 (-1, 0, 1.5 or NaN are refused, naming the field). The router reads it for every
 * item before the operation runs, so a bad Limit fails before any request.
 */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	return checkWholeNumber(
		ctx,
		itemIndex,
		ctx.getNodeParameter('limit', itemIndex, 50),
		'Limit',
		1,
		undefined,
		'Or turn on Return All.',
	);
}

/** The first `limit` entries of a list the API returns whole (all of them when undefined). */
export function takeLimit<T>(list: T[], limit: number | undefined): T[] {
	return limit === undefined ? list : list.slice(0, limit);
}
