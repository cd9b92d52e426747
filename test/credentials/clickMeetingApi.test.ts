/** The ClickMeeting API credential's Test (credentials/ClickMeetingApi.credentials.ts). */
import { testCredential } from '../harness/credential-test';
import { useSimulator } from '../harness/simulator';

describe('GET /ping (the credential test, as the credentials dialog runs it)', () => {
	const sim = useSimulator({ resetEach: false });

	it('passes with the right key and calls GET /ping with the X-Api-Key header', async () => {
		sim.clearRequests();
		const result = await testCredential('clickMeetingApi', {
			apiKey: sim.apiKey,
			baseUrl: sim.baseUrl,
		});

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(
			sim.requests.map((request) => `${request.method} ${request.path} ${request.status}`),
		).toEqual(['GET /ping 200']);
	});

	it('accepts a base URL with a trailing slash', async () => {
		const result = await testCredential('clickMeetingApi', {
			apiKey: sim.apiKey,
			baseUrl: `${sim.baseUrl}/`,
		});
		expect(result.status).toBe('OK');
	});

	it('says "Invalid API key" for a wrong key', async () => {
		const result = await testCredential('clickMeetingApi', {
			apiKey: 'nope-nope',
			baseUrl: sim.baseUrl,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Invalid API key/);
		expect(result.message).not.toContain('nope-nope');
	});

	it('says the base URL is wrong when /ping is not there', async () => {
		const origin = new URL(sim.baseUrl).origin;
		const result = await testCredential('clickMeetingApi', {
			apiKey: sim.apiKey,
			baseUrl: `${origin}/v9`,
		});

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/No ClickMeeting API at this Base URL/);
	});
});
