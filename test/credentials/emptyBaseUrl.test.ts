import type { INode, IRunExecutionData } from 'n8n-workflow';

import { ClickMeetingApi } from '../../credentials/ClickMeetingApi.credentials';
import { checkBaseUrl, DEFAULT_BASE_URL } from '../../nodes/ClickMeeting/transport/credentials';
import { oneNodeWorkflow } from '../harness/credential-test';

/**
 * The credential test's Base URL, resolved by n8n's own expression engine with `$credentials` as
 * n8n's RoutingNode passes it, against the Base URL the node uses (transport/credentials.ts).
 * The default points at the real API, which a test does not call: the resolved URL is compared.
 */
function testBaseUrl(baseUrl: unknown): unknown {
	const { workflow, node } = oneNodeWorkflow();
	const value = new ClickMeetingApi().test.request.baseURL as string;
	return workflow.expression.getParameterValue(
		value,
		{ resultData: { runData: {} } } as IRunExecutionData,
		0,
		0,
		node.name,
		[],
		'internal',
		{ $credentials: { apiKey: 'k', baseUrl } } as never,
	);
}

describe('GET /ping (credential test): the Base URL', () => {
	it.each([[''], ['   '], ['\n'], [undefined]])(
		'an empty Base URL (%j) falls back to the default, as in the node',
		(baseUrl) => {
			expect(testBaseUrl(baseUrl)).toBe(DEFAULT_BASE_URL);
			expect(checkBaseUrl({} as INode, baseUrl).baseUrl).toBe(DEFAULT_BASE_URL);
		},
	);

	it('a set Base URL is trimmed and loses its trailing slashes, as in the node', () => {
		const raw = '  http://127.0.0.1:9/v1//  ';
		expect(testBaseUrl(raw)).toBe('http://127.0.0.1:9/v1');
		expect(checkBaseUrl({} as INode, raw).baseUrl).toBe('http://127.0.0.1:9/v1');
	});
});
