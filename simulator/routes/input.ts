/** Reading and checking request parameters; errors are collected as the API lists them (422). */
import { ErrorItem, MSG } from '../errors';

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const LANG_RE = /^[a-z]{2}$/;
export const COUNTRY_RE = /^[A-Za-z]{2}$/;

export function has(obj: Record<string, unknown>, key: string): boolean {
	return (
		Object.prototype.hasOwnProperty.call(obj, key) && obj[key] !== undefined && obj[key] !== null
	);
}

export function asString(v: unknown): string | undefined {
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	return undefined;
}

export function asObject(v: unknown): Record<string, unknown> | undefined {
	if (v && typeof v === 'object') return v as Record<string, unknown>;
	return undefined;
}

export function asBool(v: unknown, field: string, errors: ErrorItem[]): boolean | undefined {
	if (v === undefined || v === null) return undefined;
	if (v === true || v === 1) return true;
	if (v === false || v === 0) return false;
	if (typeof v === 'string') {
		const s = v.trim().toLowerCase();
		if (s === '1' || s === 'true' || s === 'on' || s === 'yes') return true;
		if (s === '0' || s === 'false' || s === 'off' || s === 'no' || s === '') return false;
	}
	errors.push({ name: field, message: MSG.bool });
	return undefined;
}

export function asInt(v: unknown): number | undefined {
	if (typeof v === 'number' && Number.isInteger(v)) return v;
	if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
	return undefined;
}

type Form = Record<string, unknown>;

/** A required text (trimmed); blank -> an error naming `field`. */
export function requireText(b: Form, key: string, errors: ErrorItem[], field = key): string {
	const v = asString(b[key])?.trim() ?? '';
	if (!v) errors.push({ name: field, message: MSG.blank });
	return v;
}

/** A required e-mail address; blank or malformed -> an error naming `field`. */
export function requireEmail(b: Form, key: string, errors: ErrorItem[], field = key): string {
	const v = requireText(b, key, errors, field);
	if (v && !EMAIL_RE.test(v)) errors.push({ name: field, message: MSG.email });
	return v;
}

/** One of `allowed` (the value is not trimmed); else an error listing them. */
export function checkChoice<T extends string>(
	v: string | undefined,
	allowed: readonly T[],
	field: string,
	errors: ErrorItem[],
): T | undefined {
	if (v !== undefined && (allowed as readonly string[]).includes(v)) return v as T;
	errors.push({ name: field, message: `${MSG.choice} Allowed: ${allowed.join(', ')}.` });
	return undefined;
}
