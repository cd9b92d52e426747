import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IAuthenticateRuleResponseCode,
	INodeProperties,
} from 'n8n-workflow';

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
			default: 'https://api.clickmeeting.com/v1',
			description:
				'The ClickMeeting API root. Change it only for a regional endpoint, a proxy, or a test server.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'X-Api-Key': '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/ping',
			method: 'GET',
		},
		rules: [
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
					message:
						'No ClickMeeting API at this Base URL (GET /ping answered 404). The default is https://api.clickmeeting.com/v1.',
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
