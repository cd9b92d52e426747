import type {
	ICredentialDataDecryptedObject,
	Icon,
	IHttpRequestOptions,
	ICredentialTestRequest,
	ICredentialType,
	IAuthenticateRuleResponseCode,
	INodeProperties,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL } from '../nodes/ClickMeeting/transport/credentials';

export class ClickMeetingApi implements ICredentialType {
	name = 'clickMeetingApi';

	displayName = 'ClickMeeting API';

	icon: Icon = {
		light: 'file:../nodes/ClickMeeting/clickmeeting.svg',
		dark: 'file:../nodes/ClickMeeting/clickmeeting.dark.svg',
	};

	documentationUrl = 'https://dev.clickmeeting.com/api-reference/';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Your ClickMeeting API key, from the ClickMeeting panel under Account Settings → API. It is sent as the X-Api-Key header.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'The ClickMeeting API root. Change it only for a regional endpoint, a proxy, or a test server.',
		},
	];

	/**
	 * Adds `X-Api-Key` (the key trimmed) only to a request for the Base URL's origin: a link to
	 * another host (a file's CDN URL) never gets the key, whatever follows it.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const base = String(credentials.baseUrl ?? '').trim() || DEFAULT_BASE_URL;
		let sameOrigin = false;
		try {
			// n8n's legacy request helper (requestWithAuthentication, used by the HTTP Request node
			// with this credential) names the address `uri`.
			const address = requestOptions.url ?? (requestOptions as { uri?: string }).uri ?? '';
			const target = new URL(String(address), requestOptions.baseURL || undefined);
			sameOrigin = target.origin === new URL(base).origin;
		} catch {
			sameOrigin = false;
		}
		if (!sameOrigin) return requestOptions;
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, 'X-Api-Key': String(credentials.apiKey ?? '').trim() },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			// Trimmed, empty -> the default (as in the node); a Base URL with a query or fragment
			// cannot be tested (the node refuses it too).
			baseURL:
				'={{ /[?#]/.test($credentials.baseUrl || "") ? "invalid-base-url:must-not-contain-a-query-or-fragment" : (String($credentials.baseUrl || "").trim() || "https://api.clickmeeting.com/v1").replace(/\\/+$/, "") }}',
			url: '/ping',
			method: 'GET',
			// The key is never sent on to wherever a redirect points; a 3xx fails the test (rules below).
			disableFollowRedirect: true,
		},
		rules: [
			...[301, 302, 303, 307, 308].map((status) => ({
				type: 'responseCode' as const,
				properties: {
					value: status,
					message: `GET /ping answered a redirect (HTTP ${status}); redirects are not followed with the API key. Use the API’s own URL as the Base URL (${DEFAULT_BASE_URL}).`,
				},
			})),
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Invalid API key: ClickMeeting refused it. Copy the key again from ClickMeeting → Account Settings → API.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'This API key has no access to the ClickMeeting API. Check that API access is enabled for your account.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: `No ClickMeeting API at this Base URL (GET /ping answered 404). The default is ${DEFAULT_BASE_URL}.`,
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'ping',
					value: undefined,
					message:
						'The server at this Base URL answered, but not like the ClickMeeting API (GET /ping did not return {"ping":"pong"}). Check the Base URL.',
				},
			},
			// n8n's credential tester reads each rule by its own type; the declared union of
			// arrays cannot hold both kinds, hence the cast.
		] as IAuthenticateRuleResponseCode[],
	};
}
