import { NodeOperationError } from 'n8n-workflow';

import {
	checkChoice,
	checkCountry,
	checkEmail,
	checkHttpUrl,
	checkId,
	checkRequired,
	checkText,
	checkWholeNumber,
	invalid,
	readId,
} from '../../nodes/ClickMeeting/helpers/checks';
import { ISO_COUNTRY_CODES } from '../../nodes/ClickMeeting/helpers/countries';
import { CLICKMEETING, testNode } from '../harness/node-types';

const node = testNode({ id: '1', name: 'ClickMeeting', type: CLICKMEETING });
const ctx = {
	getNode: () => node,
	getNodeParameter: (name: string) => ({ fileId: '12a' })[name],
};

/** Runs a check that must fail and returns its error. */
function failure(check: () => unknown): NodeOperationError {
	try {
		check();
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}
	throw new Error('the check passed');
}

describe('helpers/checks: every parameter check fails naming its field in one form', () => {
	it.each<[string, () => unknown, string]>([
		['checkText', () => checkText(ctx, 3, { a: 1 }, 'Name'), 'The "Name" field must be a text'],
		['checkRequired', () => checkRequired(ctx, 3, '  ', 'First Name'), 'The "First Name" field'],
		['checkEmail', () => checkEmail(ctx, 3, 'jane@', 'Email'), 'The "Email" field'],
		['checkHttpUrl', () => checkHttpUrl(ctx, 3, 'ftp://x', 'Room URL'), 'The "Room URL" field'],
		['checkCountry', () => checkCountry(ctx, 3, 'XX', 'Country'), 'The "Country" field'],
		[
			'checkChoice',
			() => checkChoice(ctx, 3, 'x', 'Role', ['listener', 'presenter', 'host']),
			'The "Role" field must be "listener", "presenter" or "host", got "x"',
		],
		[
			'checkWholeNumber',
			() => checkWholeNumber(ctx, 3, 4, 'Template', 1, 3),
			'The "Template" field must be a whole number from 1 to 3, got "4"',
		],
		['checkId', () => checkId(ctx, 3, '9007199254740993', 'Room', 'room'), 'The "Room" field'],
		[
			'readId',
			() => readId(ctx, 3, 'fileId', 'File ID'),
			'The "File ID" field must be a numeric ID, got "12a"',
		],
		[
			'invalid',
			() => {
				throw invalid(ctx, 3, 'Used', 'must be "used" or "unused", got "x"');
			},
			'The "Used" field must be',
		],
	])('%s', (_name, check, start) => {
		const error = failure(check);
		expect(error.message.startsWith(start)).toBe(true);
		expect(error.message).toMatch(/^The "[^"]+" field /);
		expect(error.context.itemIndex).toBe(3);
	});

	it('keeps a what-to-do description only when one is given', () => {
		expect(failure(() => checkId(ctx, 0, '9007199254740993', 'File ID')).description).toMatch(
			/another ID would be sent/,
		);
		expect(failure(() => checkRequired(ctx, 0, '', 'Nickname')).description).toBeFalsy();
	});

	it('returns the checked values: trimmed, upper-cased, as numbers', () => {
		expect(checkEmail(ctx, 0, ' a@b.co ', 'Email')).toBe('a@b.co');
		expect(checkCountry(ctx, 0, ' pl ', 'Country')).toBe('PL');
		expect(checkId(ctx, 0, ' 42 ', 'Room')).toBe(42);
		expect(checkWholeNumber(ctx, 0, '7', 'Limit', 1)).toBe(7);
		expect(checkHttpUrl(ctx, 0, ' https://x.test/a ', 'Room URL')).toBe('https://x.test/a');
	});

	it('uses the one ISO 3166-1 list: 249 codes, "XX" and "UK" not among them', () => {
		expect(ISO_COUNTRY_CODES.size).toBe(249);
		for (const code of ['XX', 'UK', 'EU']) expect(ISO_COUNTRY_CODES.has(code)).toBe(false);
		for (const code of ['PL', 'US', 'GB', 'DE']) expect(checkCountry(ctx, 0, code, 'C')).toBe(code);
	});

	it.each([-1, 0, NaN, 1.5, '', 'ten', null])('refuses Limit %p', (limit) => {
		expect(failure(() => checkWholeNumber(ctx, 0, limit, 'Limit', 1)).message).toBe(
			`The "Limit" field must be a whole number of at least 1, got "${String(limit)}"`,
		);
	});
});
