import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trims an e-mail address and checks its form, naming the field when it is wrong. */
export function checkEmail(this: IExecuteFunctions, itemIndex: number, value: unknown, fieldName: string): string {
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
export function checkRequired(this: IExecuteFunctions, itemIndex: number, value: unknown, fieldName: string): string {
	const text = String(value ?? '').trim();
	if (!text) {
		throw new NodeOperationError(this.getNode(), `The "${fieldName}" field is empty`, { itemIndex });
	}
	return text;
}

/** An ISO 3166-1 alpha-2 country code, upper-cased, or a NodeOperationError naming the field. */
export function checkCountry(this: IExecuteFunctions, itemIndex: number, value: unknown, fieldName: string): string {
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
