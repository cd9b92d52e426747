import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Refuses a value that should be text but came from an expression as an object or an array
 * (it would be sent as "[object Object]" or "a,b"), naming the field. Returns the value.
 */
export function checkText<T>(
	this: IExecuteFunctions,
	itemIndex: number,
	value: T,
	fieldName: string,
): T {
	if (value !== null && typeof value === 'object') {
		throw new NodeOperationError(
			this.getNode(),
			`The "${fieldName}" field must be a text, got ${Array.isArray(value) ? 'an array' : 'an object'}`,
			{
				itemIndex,
				description:
					'The expression in this field yields a list or an object; pick one of its values, e.g. {{ $json.name }}.',
			},
		);
	}
	return value;
}

/** Trims an e-mail address and checks its form, naming the field when it is wrong. */
export function checkEmail(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string {
	checkText.call(this, itemIndex, value, fieldName);
	const email = String(value ?? '').trim();
	if (!EMAIL.test(email)) {
		throw new NodeOperationError(
			this.getNode(),
			email
				? `The "${fieldName}" field is not a valid email address: "${email}"`
				: `The "${fieldName}" field is empty: give an email address`,
			{ itemIndex },
		);
	}
	return email;
}

/** Checks that a text field is not empty and returns it trimmed. */
export function checkRequired(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string {
	checkText.call(this, itemIndex, value, fieldName);
	const text = String(value ?? '').trim();
	if (!text) {
		throw new NodeOperationError(this.getNode(), `The "${fieldName}" field is empty`, {
			itemIndex,
		});
	}
	return text;
}

/** An ISO 3166-1 alpha-2 country code, upper-cased, or a NodeOperationError naming the field. */
export function checkCountry(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string {
	checkText.call(this, itemIndex, value, fieldName);
	const code = String(value ?? '').trim();
	if (!/^[A-Za-z]{2}$/.test(code)) {
		throw new NodeOperationError(
			this.getNode(),
			`The "${fieldName}" field must be a two-letter ISO 3166 country code such as "US" or "PL", got "${code}"`,
			{ itemIndex },
		);
	}
	return code.toUpperCase();
}
