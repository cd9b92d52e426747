import axios, { AxiosInstance, AxiosResponse } from 'axios';
import type { ClickMeetingSimulator, Room } from '../../simulator';

export function jsonType(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	return typeof v;
}

/**
 * Throws when `actual` lacks a field of `example` or has it with another JSON type (recursively).
 * A null in the example accepts anything (the reference uses null for "not set yet").
 * For arrays: every actual item must match the example's first item, and every example item
 * must be matched by at least one actual item (so optional fields such as `polls` are covered).
 */
/** Fields the reference documents as "null until set" (tokens: POST example null, GET example strings). */
const NULLABLE = new Set(['sent_to_email', 'first_use_date']);

/** An example that accepts any one of several shapes, e.g. `oneOf(60068, null)` for a nullable id. */
export class OneOf {
	constructor(readonly options: unknown[]) {}
}
export const oneOf = (...options: unknown[]): OneOf => new OneOf(options);

/** An example matching a string of this form (types and presence, plus the recorded format). */
export class Matching {
	constructor(readonly re: RegExp) {}
}
export const matching = (re: RegExp): Matching => new Matching(re);

export function assertShape(actual: unknown, example: unknown, path = '$'): void {
	if (example === null) return;
	if (example instanceof OneOf) {
		const errors: string[] = [];
		for (const option of example.options) {
			try {
				if (option === null) {
					if (actual === null) return;
					throw new Error(`${path}: expected null, got ${jsonType(actual)}`);
				}
				assertShape(actual, option, path);
				return;
			} catch (e) {
				errors.push((e as Error).message);
			}
		}
		throw new Error(`${path}: matches none of the allowed shapes: ${errors.join(' | ')}`);
	}
	if (example instanceof Matching) {
		if (typeof actual !== 'string' || !example.re.test(actual)) {
			throw new Error(
				`${path}: expected a string matching ${String(example.re)}, got ${JSON.stringify(actual)?.slice(0, 80)}`,
			);
		}
		return;
	}
	if (actual === null && NULLABLE.has(path.split('.').pop() ?? '')) return;
	const te = jsonType(example);
	const ta = jsonType(actual);
	if (te !== ta)
		throw new Error(`${path}: expected ${te}, got ${ta} (${JSON.stringify(actual)?.slice(0, 80)})`);
	if (te === 'array') {
		const ex = example as unknown[];
		const ac = actual as unknown[];
		if (ex.length === 0) return;
		// nested lists of scalars (recorder_list) may be empty; lists of records must have data to compare
		if (ac.length === 0 && path !== '$' && jsonType(ex[0]) !== 'object') return;
		if (ac.length === 0)
			throw new Error(`${path}: expected a non-empty array to compare with the example`);
		ac.forEach((item, i) => assertShape(item, ex[0], `${path}[${i}]`));
		ex.slice(1).forEach((exItem, j) => {
			const errors: string[] = [];
			const ok = ac.some((item, i) => {
				try {
					assertShape(item, exItem, `${path}[${i}]`);
					return true;
				} catch (e) {
					errors.push((e as Error).message);
					return false;
				}
			});
			if (!ok) throw new Error(`${path}: no item matches example item ${j + 1}: ${errors[0]}`);
		});
		return;
	}
	if (te === 'object') {
		const ex = example as Record<string, unknown>;
		const ac = actual as Record<string, unknown>;
		for (const key of Object.keys(ex)) {
			if (!(key in ac)) throw new Error(`${path}: missing field "${key}"`);
			assertShape(ac[key], ex[key], `${path}.${key}`);
		}
	}
}

/** The room of this name in the simulator's state (a room of the demo seed). */
export function seededRoom(sim: ClickMeetingSimulator, name: string): Room {
	const found = [...sim.state.rooms.values()].find((x) => x.name === name);
	if (!found) throw new Error(`seeded room ${name} missing`);
	return found;
}

export function client(sim: ClickMeetingSimulator, key: string | null = sim.apiKey): AxiosInstance {
	return axios.create({
		baseURL: sim.baseUrl,
		headers: key === null ? {} : { 'X-Api-Key': key },
		validateStatus: () => true,
	});
}

export function form(data: Record<string, string | number>): URLSearchParams {
	const p = new URLSearchParams();
	for (const [k, v] of Object.entries(data)) p.append(k, String(v));
	return p;
}

export function expectError(res: AxiosResponse, status: number, field?: string): void {
	if (res.status !== status)
		throw new Error(`expected HTTP ${status}, got ${res.status}: ${JSON.stringify(res.data)}`);
	const body = res.data as {
		code: number;
		name: string;
		errors: Array<{ name: string; message: string }>;
	};
	if (
		body.code !== status ||
		typeof body.name !== 'string' ||
		!Array.isArray(body.errors) ||
		body.errors.length === 0
	) {
		throw new Error(`not the error body shape: ${JSON.stringify(body)}`);
	}
	for (const e of body.errors) {
		if (typeof e.name !== 'string' || typeof e.message !== 'string')
			throw new Error(`bad error item: ${JSON.stringify(e)}`);
	}
	if (field !== undefined && !body.errors.some((e) => e.name === field)) {
		throw new Error(`expected an error naming "${field}", got ${JSON.stringify(body.errors)}`);
	}
}

export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
export const SQL_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
