import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials-helper';

/**
 * What n8n-core's engine needs from the host to run a workflow: the credentials (with their
 * types' authentication) and the instance URLs. Used by the test harness and the bench.
 */
export function additionalDataFor(
	types: Record<string, ICredentialType>,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks?: unknown,
): IWorkflowExecuteAdditionalData {
	const helper = new TestCredentialsHelper(types, credentials);
	return {
		credentialsHelper: helper,
		hooks,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not used in these tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('Code runners are not used in these tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}
