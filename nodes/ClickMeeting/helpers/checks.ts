import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ISO_COUNTRY_CODES } from './countries';

/** Any n8n context: execute, poll or load-options functions all name their node. */
export interface HasNode {
	getNode(): INode;
}

/**
 * The one form of every parameter error: `The "<field>" field <detail>`, with the item's index
 * (and `description` as what to do, when given). Thrown before any request by every check.
 */
export function invalid(
	ctx: HasNode,
	itemIndex: number | undefined,
	field: string,
	detail: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `The "${field}" field ${detail}`, {
		itemIndex,
		...(description ? { description } : {}),
	});
}

/**
 * Refuses a value that should be text but came from an expression as an object or an array
 * (it would be sent as "[object Object]" or "a,b"). Returns the value.
 */
export function checkText<T>(ctx: HasNode, itemIndex: number, value: T, field: string): T {
	if (value !== null && typeof value === 'object') {
		throw invalid(
			ctx,
			itemIndex,
			field,
			`must be a text, got ${Array.isArray(value) ? 'an array' : 'an object'}`,
			'The expression in this field yields a list or an object; pick one of its values, e.g. {{ $json.name }}.',
		);
	}
	return value;
}

/** A text field that must not be empty, trimmed. */
export function checkRequired(ctx: HasNode, itemIndex: number, value: unknown, field: string) {
	checkText(ctx, itemIndex, value, field);
	const text = String(value ?? '').trim();
	if (!text) throw invalid(ctx, itemIndex, field, 'is empty');
	return text;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address, trimmed. */
export function checkEmail(ctx: HasNode, itemIndex: number, value: unknown, field: string) {
	checkText(ctx, itemIndex, value, field);
	const email = String(value ?? '').trim();
	if (!email) throw invalid(ctx, itemIndex, field, 'is empty: give an email address');
	if (!EMAIL.test(email))
		throw invalid(ctx, itemIndex, field, `is not a valid email address: "${email}"`);
	return email;
}

/** The one http(s) URL rule (a scheme, then no white space). */
export const HTTP_URL = /^https?:\/\/\S+$/i;

/** An http(s) URL, trimmed. */
export function checkHttpUrl(ctx: HasNode, itemIndex: number, value: unknown, field: string) {
	checkText(ctx, itemIndex, value, field);
	const url = String(value ?? '').trim();
	if (!HTTP_URL.test(url))
		throw invalid(ctx, itemIndex, field, `must be an http(s) URL, got "${url}"`);
	return url;
}

/** An ISO 3166-1 alpha-2 country code of the one list (`countries.ts`), upper-cased. */
export function checkCountry(ctx: HasNode, itemIndex: number, value: unknown, field: string) {
	checkText(ctx, itemIndex, value, field);
	const code = String(value ?? '')
		.trim()
		.toUpperCase();
	if (!ISO_COUNTRY_CODES.has(code)) {
		throw invalid(
			ctx,
			itemIndex,
			field,
			`must be a two-letter ISO 3166-1 country code such as "US" or "PL", got "${String(value ?? '').trim()}"`,
		);
	}
	return code;
}

const quoted = (choices: readonly string[]) =>
	choices.length === 1
		? `"${choices[0]}"`
		: `${choices
				.slice(0, -1)
				.map((choice) => `"${choice}"`)
				.join(', ')} or "${choices[choices.length - 1]}"`;

/** One of the field's choices (compared as text). */
export function checkChoice<T extends string>(
	ctx: HasNode,
	itemIndex: number,
	value: unknown,
	field: string,
	choices: readonly T[],
): T {
	const text = String(value);
	if (!(choices as readonly string[]).includes(text))
		throw invalid(ctx, itemIndex, field, `must be ${quoted(choices)}, got "${text}"`);
	return text as T;
}

/** A whole number from `min` (and up to `max`, when given); a numeric text is read as its number. */
export function checkWholeNumber(
	ctx: HasNode,
	itemIndex: number,
	value: unknown,
	field: string,
	min: number,
	max?: number,
	description?: string,
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (
		typeof number !== 'number' ||
		!Number.isInteger(number) ||
		number < min ||
		(max !== undefined && number > max)
	) {
		const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
		throw invalid(
			ctx,
			itemIndex,
			field,
			`must be a whole number ${range}, got "${String(value)}"`,
			description,
		);
	}
	return number;
}

/**
 * A numeric ClickMeeting ID (room, file, recording, session) as a number: digits only, and small
 * enough to be kept exactly (above 2^53 another ID would be sent). `kind` names it in the error
 * ("room" → "a numeric room ID"); `whenEmpty` tells what to give when the field is empty.
 */
export function checkId(
	ctx: HasNode,
	itemIndex: number,
	value: unknown,
	field: string,
	kind = '',
	whenEmpty = '',
): number {
	checkText(ctx, itemIndex, value, field);
	const raw = String(value ?? '').trim();
	const id = kind ? `${kind} ID` : 'ID';
	if (!raw) throw invalid(ctx, itemIndex, field, `is empty${whenEmpty}`);
	if (!/^[0-9]+$/.test(raw))
		throw invalid(ctx, itemIndex, field, `must be a numeric ${id}, got "${raw}"`);
	if (!Number.isSafeInteger(Number(raw))) {
		throw invalid(
			ctx,
			itemIndex,
			field,
			`is larger than any ClickMeeting ${id}: "${raw}"`,
			`Above 2^53 the digits would not be kept exactly, i.e. another ${kind || 'ID'} would be sent.`,
		);
	}
	return Number(raw);
}

/**
 * Reads a parameter holding a numeric ClickMeeting ID (see `checkId`); a resource locator's value
 * (File, Recording: By ID, From List, By URL) is extracted first.
 */
export function readId(
	ctx: HasNode & {
		getNodeParameter(
			name: string,
			itemIndex: number,
			fallback?: unknown,
			options?: { extractValue?: boolean },
		): unknown;
	},
	itemIndex: number,
	parameterName: string,
	field: string,
): number {
	const value = ctx.getNodeParameter(parameterName, itemIndex, '', { extractValue: true });
	return checkId(ctx, itemIndex, value, field);
}
