import { ExecuteContext, RoutingNode } from 'n8n-core';
import type { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	INode,
	INodeCredentialTestResult,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRunExecutionData,
} from 'n8n-workflow';

import { testNode, workflowOf } from './node-types';
import { buildAdditionalData, CREDENTIAL_TYPES } from './run-workflow';

/**
 * A workflow of one placeholder node (`Temp-Node`, type `temp`) with the given properties and,
 * when named, a credential of that type: what n8n's CredentialsTester builds to run a test request.
 */
export function oneNodeWorkflow(
	properties: INodeProperties[] = [],
	credentialType?: string,
): { workflow: Workflow; node: INode; nodeType: INodeType } {
	const nodeType: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'temp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: credentialType ? [{ name: credentialType, required: true }] : [],
			properties,
		},
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const node = testNode({
		id: 'temp',
		name: 'Temp-Node',
		type: 'temp',
		...(credentialType ? { credentials: { [credentialType]: { id: 'test', name: 'test' } } } : {}),
	});
	const workflow = workflowOf([node], nodeTypes);
	return { workflow, node, nodeType };
}

/**
 * Tests a credential the way n8n's credentials dialog does (CredentialsTester in packages/cli):
 * the credential type's declarative `test` request is run by n8n-core's RoutingNode, an error's
 * status is matched against the `responseCode` rules, a success against `responseSuccessBody`.
 */
export async function testCredential(
	type: keyof typeof CREDENTIAL_TYPES,
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	const credentialType = CREDENTIAL_TYPES[type];
	const testRequest = credentialType.test;
	if (!testRequest) throw new Error(`${type} has no test`);

	const { workflow, node, nodeType } = oneNodeWorkflow(
		[
			{
				displayName: 'Temp',
				name: 'temp',
				type: 'string',
				routing: { request: testRequest.request },
				default: '',
			},
		],
		type,
	);
	const additionalData = buildAdditionalData({ [type]: data });
	const runExecutionData = { resultData: { runData: {} } } as IRunExecutionData;
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		runExecutionData,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const credentialsDecrypted: ICredentialsDecrypted = { id: 'test', name: 'test', type, data };
	const routingNode = new RoutingNode(context, nodeType, credentialsDecrypted);

	let response: Awaited<ReturnType<RoutingNode['runNode']>>;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		const cause = (
			error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }
		).cause;
		if (cause?.response) {
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === cause.response.status) {
					return { status: 'Error', message: String(rule.properties.message) };
				}
			}
			return {
				status: 'Error',
				message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
			};
		}
		if (cause?.code) return { status: 'Error', message: cause.code };
		return { status: 'Error', message: String((error as Error).message) };
	}
	for (const rule of testRequest.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const json = response?.[0]?.[0]?.json as Record<string, unknown> | undefined;
			const value = rule.properties.key
				.split('.')
				.reduce<unknown>(
					(current, key) =>
						current && typeof current === 'object'
							? (current as Record<string, unknown>)[key]
							: undefined,
					json,
				);
			if (value === rule.properties.value)
				return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
