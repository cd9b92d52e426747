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
 * Top-level parameters whose value n8n hands over as it is, by kind: every description of the
 * name is of `type` with no `validateType` (which n8n would apply to an expression's result).
 */
function fieldsOfType(properties: INodeProperties[], type: string): Set<string> {
	const kinds = new Map<string, boolean>();
	for (const property of properties) {
		const plain = property.type === type && property.validateType === undefined;
		kinds.set(property.name, (kinds.get(property.name) ?? true) && plain);
	}
	return new Set([...kinds].filter(([, plain]) => plain).map(([name]) => name));
}

/** Where an item's field goes: the whole value, or a resource locator's `value`. */
interface JsonField {
	field: string;
	/** A locator whose only expression is its `value`: the other keys, as n8n returns them. */
	locator?: Record<string, unknown>;
}

/** A resource locator `{ __rl, mode, value: '={{ $json.name }}' }` with no other expression. */
function locatorField(value: unknown): JsonField | undefined {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const locator = value as Record<string, unknown>;
	if (locator.__rl !== true) return undefined;
	const field = jsonFieldOf(locator.value);
	if (field === undefined) return undefined;
	for (const [key, entry] of Object.entries(locator)) {
		if (key === 'value') continue;
		if (entry !== null && typeof entry === 'object') return undefined;
		if (typeof entry === 'string' && entry.startsWith('=')) return undefined;
	}
	return { field, locator };
}

/**
 * The context the items of one execution run with: `ctx` itself, plus
 * - a parameter that is no expression (checked on the raw `getNode().parameters`) is read through
 *   n8n once per execution, as it has one value for every item; later items get a copy of it; a
 *   parameter the node does not have (n8n answers the fallback) is read once per fallback;
 * - a plain string field (of `properties`) whose whole value is `={{ $json.name }}`, or a
 *   resource locator whose only expression is such a `value`, reads the item's own `json.name`
 *   when that is a string, number or boolean: what n8n's expression gives (`$json` is the input
 *   item's `json`; a locator comes back with its other keys as they are), without building
 *   n8n's expression context for it; any other value, a read with options (`extractValue`), or
 *   an item without that field, goes through n8n as before;
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
	const strings = fieldsOfType(properties, 'string');
	const locators = fieldsOfType(properties, 'resourceLocator');
	const fields = new Map<string, JsonField>();
	for (const name of Object.keys(raw)) {
		if (strings.has(name)) {
			const field = jsonFieldOf(raw[name]);
			if (field !== undefined) fields.set(name, { field });
		} else if (locators.has(name)) {
			const field = locatorField(raw[name]);
			if (field !== undefined) fields.set(name, field);
		}
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
		const target = options === undefined ? fields.get(name) : undefined;
		if (target !== undefined) {
			input ??= ctx.getInputData();
			const json = input[itemIndex]?.json;
			if (json && own(json, target.field)) {
				const value = json[target.field];
				const kind = typeof value;
				if (kind === 'string' || kind === 'number' || kind === 'boolean')
					return target.locator ? { ...target.locator, value } : value;
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
