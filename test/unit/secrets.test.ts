import { NodeApiError } from 'n8n-workflow';

import { testNode } from '../harness/node-types';
import { assertNoSecrets } from '../harness/run-workflow';

describe('the suite-wide secret guard', () => {
	const credentials = { clickMeetingApi: { apiKey: 'k-0123456789', baseUrl: 'http://x' } };
	const node = testNode({ id: '1', name: 'n', type: 't' });

	it('finds a key in output items, in error messages and in stacks', () => {
		expect(() =>
			assertNoSecrets({ items: [{ json: { a: 'x k-0123456789 y' } }] }, credentials),
		).toThrow();
		const error = new NodeApiError(node, { message: 'm' }, { message: 'failed with k-0123456789' });
		expect(() => assertNoSecrets({ error }, credentials)).toThrow();
		const quiet = new NodeApiError(node, { message: 'm' }, { message: 'fine' });
		quiet.stack = 'at k-0123456789';
		expect(() => assertNoSecrets({ error: quiet }, credentials)).toThrow();
	});

	it('passes clean data', () => {
		expect(() =>
			assertNoSecrets({ items: [{ json: { a: 'k-01234' } }] }, credentials),
		).not.toThrow();
	});
});

describe('the secret guard with a key stored untrimmed', () => {
	const credentials = { clickMeetingApi: { apiKey: '  k-0123456789\n', baseUrl: 'http://x' } };

	it('finds the trimmed key too', () => {
		expect(() =>
			assertNoSecrets({ items: [{ json: { a: 'echo: k-0123456789' } }] }, credentials),
		).toThrow();
	});
});
