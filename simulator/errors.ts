import { STATUS_CODES } from 'node:http';

export interface ErrorItem {
	name: string;
	message: string;
}

/** The one error body shape: {"code":422,"name":"Unprocessable Entity","errors":[{"name":"name","message":"..."}]} */
/** `stringCode`: `code` as a string ("422"), as the live API sometimes answers. */
export function errorBody(
	status: number,
	errors: ErrorItem[],
	stringCode = false,
): { code: number | string; name: string; errors: ErrorItem[] } {
	return {
		code: stringCode ? String(status) : status,
		name: STATUS_CODES[status] ?? 'Error',
		errors,
	};
}

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly errors: ErrorItem[],
		readonly headers: Record<string, string> = {},
	) {
		super(errors.map((e) => `${e.name}: ${e.message}`).join('; '));
	}
}

export const notFound = (name: string, message: string): ApiError =>
	new ApiError(404, [{ name, message }]);
export const invalid = (errors: ErrorItem[]): ApiError => new ApiError(422, errors);

export const MSG = {
	blank: 'This value should not be blank.',
	choice: 'The value you selected is not a valid choice.',
	bool: 'This value should be of type bool.',
	int: 'This value should be of type int.',
	email: 'This value is not a valid email address.',
	timezone: 'This value is not a valid timezone.',
	datetime: 'This value is not a valid datetime ("YYYY-mm-dd H:i:s" or ISO 8601 expected).',
	duration:
		'This value is not a valid duration ("H:MM", e.g. "1:20", or a number of hours expected).',
	country: 'This value is not a valid country (ISO 3166-1 alpha-2 code expected).',
	lang: 'This value is not a valid language code (two lower-case letters expected).',
};
