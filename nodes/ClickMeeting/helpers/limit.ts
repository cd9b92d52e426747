import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The one Limit rule of every list operation: undefined with Return All, else a whole number
 * of at least 1 (-1, 0, 2.5 or NaN are refused, naming the field, before any request).
 */
export function getLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	const raw = ctx.getNodeParameter('limit', itemIndex, 50) as unknown;
	const limit = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The "Limit" field must be a whole number of at least 1, got "${String(raw)}"`,
			{ itemIndex, description: 'Or turn on Return All.' },
		);
	}
	return limit;
}

/** Applies Return All / Limit to a list the API returns whole. */
export function applyLimitRule<T>(ctx: IExecuteFunctions, itemIndex: number, list: T[]): T[] {
	const limit = getLimit(ctx, itemIndex);
	return limit === undefined ? list : list.slice(0, limit);
}
