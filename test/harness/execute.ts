/**
 * The one workflow runner of the tests and the bench: n8n-core's WorkflowExecute with the host
 * parts it needs (credentials with their types' authentication, lifecycle hooks, instance URLs).
 * It takes the node types and credential types from the caller and imports none of this package:
 * the tests (run-workflow.ts) pass the sources and then check the run for secrets; the bench
 * passes the BUILT node from dist/ and times this call alone.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { Workflow } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	INode,
	INodeExecutionData,
	INodeTypes,
	IRun,
	IRunExecutionData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { additionalDataFor } from './additional-data';

export interface ExecuteDefinition {
	nodes: INode[];
	connections: IConnections;
	/** Items the first node starts with. */
	input: INodeExecutionData[];
	nodeTypes: INodeTypes;
	credentialTypes: Record<string, ICredentialType>;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	mode?: WorkflowExecuteMode;
	/** The workflow's id and name, and the execution's id ('test' unless said). */
	id?: string;
	/** Called once the run has started, with a function that cancels it (as the UI's Stop does). */
	onStarted?: (cancel: () => void) => void;
}

/** Runs the workflow from its first node, on the given input, as n8n's own node tests do. */
export async function executeWorkflow(definition: ExecuteDefinition): Promise<IRun> {
	const id = definition.id ?? 'test';
	const workflow = new Workflow({
		id: `${id}-workflow`,
		name: `${id} workflow`,
		nodes: definition.nodes,
		connections: definition.connections,
		nodeTypes: definition.nodeTypes,
		active: false,
		staticData: {},
		settings: {},
	});
	const mode = definition.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, `${id}-execution`, {
		id: `${id}-workflow`,
		name: `${id} workflow`,
		nodes: definition.nodes,
		connections: definition.connections,
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	const additionalData = additionalDataFor(
		definition.credentialTypes,
		definition.credentials,
		hooks,
	);
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{ node: definition.nodes[0], data: { main: [definition.input] }, source: null },
			],
		},
	} as unknown as IRunExecutionData;
	const execute = new WorkflowExecute(additionalData, mode, runExecutionData);
	const running = execute.processRunExecutionData(workflow);
	definition.onStarted?.(() => running.cancel());
	return await running;
}
