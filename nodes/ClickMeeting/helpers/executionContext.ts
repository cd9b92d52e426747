import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
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
 * `={{ $json.name }}` or `={{ $json["name"] }}` (the whole value one such expression): the name;
 * anything else: undefined.
 */
export function jsonFieldOf(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match =
		/^=\{\{\s*\$json(?:\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*\])\s*\}\}$/.exec(
			value,
		);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Top-level parameters whose value n8n hands over as it is: every description of the name is a
 * plain string field (no `validateType`, which n8n would apply to an expression's result).
 */
function plainStringFields(properties: INodeProperties[]): Set<string> {
	const kinds = new Map<string, boolean>();
	for (const property of properties) {
		const plain = property.type === 'string' && property.validateType === undefined;
		kinds.set(property.name, (kinds.get(property.name) ?? true) && plain);
	}
	return new Set([...kinds].filter(([, plain]) => plain).map(([name]) => name));
}

/**
 * The context the items of one execution run with: `ctx` itself, plus
 * - a parameter that is no expression (checked on the raw `getNode().parameters`) is read through
 *   n8n once per execution, as it has one value for every item; later items get a copy of it; a
 *   parameter the node does not have (n8n answers the fallback) is read once per fallback;
 * - a plain string field (of `properties`) whose whole value is `={{ $json.name }}` reads the
 *   item's own `json.name` when that is a string, number or boolean: what n8n's expression gives
 *   (`$json` is the input item's `json`), without building n8n's expression context for it;
 *   any other value, or an item without that field, goes through n8n as before;
 * - the execution's request limiter (Parallel Requests, the learned rate), for the transport.
 * Nothing outlives the execution: the cache and the limiter belong to this object only.
 */
export function executionContext(
	ctx: IExecuteFunctions,
	limiter: RequestLimiter,
	properties: INodeProperties[] = [],
): IExecuteFunctions {
	const raw = ctx.getNode().parameters;
	const read = ctx.getNodeParameter.bind(ctx) as (...args: unknown[]) => unknown;
	const cache = new Map<string, { value: unknown }>();
	const plain = plainStringFields(properties);
	const fields = new Map<string, string>();
	for (const name of Object.keys(raw)) {
		const field = plain.has(name) ? jsonFieldOf(raw[name]) : undefined;
		if (field !== undefined) fields.set(name, field);
	}
	let input: INodeExecutionData[] | undefined;
	const derived = Object.create(ctx) as IExecuteFunctions;
	const cached = (key: string, load: () => unknown): unknown => {
		let hit = cache.get(key);
		if (!hit) {
			hit = { value: load() };
			cache.set(key, hit);
		}
		return hit.value !== null && typeof hit.value === 'object' ? deepCopy(hit.value) : hit.value;
	};
	const getNodeParameter = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: Record<string, unknown>,
	): unknown => {
		const field = options === undefined ? fields.get(name) : undefined;
		if (field !== undefined) {
			input ??= ctx.getInputData();
			const json = input[itemIndex]?.json;
			if (json && own(json, field)) {
				const value = json[field];
				const kind = typeof value;
				if (kind === 'string' || kind === 'number' || kind === 'boolean') return value;
			}
			return read(name, itemIndex, fallback, options);
		}
		const top = name.split('.')[0];
		if (options?.contextNode !== undefined) return read(name, itemIndex, fallback, options);
		const load = () => read(name, itemIndex, fallback, options);
		const suffix = options ? `\u0000${JSON.stringify(options)}` : '';
		if (!own(raw, top)) {
			// n8n answers the fallback (or throws without one, every time).
			if (fallback === undefined) return load();
			return cached(`${name}\u0001${JSON.stringify(fallback)}${suffix}`, load);
		}
		if (hasExpression(raw[top])) return load();
		return cached(`${name}${suffix}`, load);
	};
	Object.defineProperty(derived, 'getNodeParameter', { value: getNodeParameter });
	return attachLimiter(derived, limiter);
}
