import type { IExecuteFunctions } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import type { RequestLimiter } from '../transport/limiter';
import { attachLimiter } from '../transport/limiter';

/** Whether a raw parameter value holds an expression anywhere (a string starting with "="). */
function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value && typeof value === 'object') return Object.values(value).some(hasExpression);
	return false;
}

/**
 * The context the items of one execution run with: `ctx` itself, plus
 * - a parameter that is no expression (checked on the raw `getNode().parameters`) is read through
 *   n8n once per execution, as it has one value for every item; later items get a copy of it;
 * - the execution's request limiter (Parallel Requests, the learned rate), for the transport.
 * Nothing outlives the execution: the cache and the limiter belong to this object only.
 */
export function executionContext(
	ctx: IExecuteFunctions,
	limiter: RequestLimiter,
): IExecuteFunctions {
	const raw = ctx.getNode().parameters;
	const read = ctx.getNodeParameter.bind(ctx) as (...args: unknown[]) => unknown;
	const cache = new Map<string, { value: unknown }>();
	const derived = Object.create(ctx) as IExecuteFunctions;
	const getNodeParameter = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: Record<string, unknown>,
	): unknown => {
		const top = name.split('.')[0];
		if (
			options?.contextNode !== undefined ||
			!Object.prototype.hasOwnProperty.call(raw, top) ||
			hasExpression(raw[top])
		)
			return read(name, itemIndex, fallback, options);
		const key = options ? `${name}\u0000${JSON.stringify(options)}` : name;
		let hit = cache.get(key);
		if (!hit) {
			hit = { value: read(name, itemIndex, fallback, options) };
			cache.set(key, hit);
		}
		return hit.value !== null && typeof hit.value === 'object' ? deepCopy(hit.value) : hit.value;
	};
	Object.defineProperty(derived, 'getNodeParameter', { value: getNodeParameter });
	return attachLimiter(derived, limiter);
}
