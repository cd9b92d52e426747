// A lean workflow runner for the bench workers: n8n-core's WorkflowExecute, as the test harness
// uses it, without the test-only checks (the secret walk over the whole run) that would be timed.
// n8n-core and n8n-workflow come from the root node_modules for every contender, so the
// ClickMeeting node and n8n's HTTP Request node run on the very same engine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type {
	ICredentialDataDecryptedObject,
	IConnections,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
} from 'n8n-workflow';

process.env.N8N_LOG_LEVEL ??= 'silent';
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-clickmeeting-bench-'));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require('n8n-core') as typeof import('n8n-core');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workflowLib = require('n8n-workflow') as typeof import('n8n-workflow');

import { additionalDataFor } from '../test/harness/additional-data';
import { PKG } from './ipc';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClickMeetingApi } = require(
	path.join(PKG, 'dist/credentials/ClickMeetingApi.credentials.js'),
) as {
	ClickMeetingApi: new () => import('n8n-workflow').ICredentialType;
};

function buildAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks: unknown,
) {
	return additionalDataFor({ clickMeetingApi: new ClickMeetingApi() }, credentials, hooks);
}

export const START = 'bench.start';

class Start implements INodeType {
	description = {
		displayName: 'Start',
		name: 'start',
		group: ['input'],
		version: 1,
		description: 'Starts a bench workflow with the given items',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

class BenchNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(type: string): INodeType | IVersionedNodeType {
		const found = this.types[type];
		if (!found) throw new Error(`Unknown node type "${type}"`);
		return found;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return workflowLib.NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

export interface BenchWorkflow {
	nodes: INode[];
	connections: IConnections;
	input: INodeExecutionData[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	nodeTypes: Record<string, INodeType | IVersionedNodeType>;
}

export async function runWorkflow(definition: BenchWorkflow): Promise<IRun> {
	const nodeTypes = new BenchNodeTypes({ [START]: new Start(), ...definition.nodeTypes });
	const workflow = new workflowLib.Workflow({
		id: 'bench-workflow',
		name: 'bench workflow',
		nodes: definition.nodes,
		connections: definition.connections,
		nodeTypes,
		active: false,
		staticData: {},
		settings: {},
	});
	const hooks = new core.ExecutionLifecycleHooks('manual', 'bench-execution', {
		id: 'bench-workflow',
		name: 'bench workflow',
		nodes: definition.nodes,
		connections: definition.connections,
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	const additionalData = buildAdditionalData(definition.credentials, hooks);
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
	const execute = new core.WorkflowExecute(additionalData, 'manual', runExecutionData);
	return await execute.processRunExecutionData(workflow);
}

/** The first output of a node, or throws the run's error. */
export function outputOf(run: IRun, nodeName: string): INodeExecutionData[] {
	const { runData, error } = run.data.resultData;
	if (error) throw new Error(`The workflow failed: ${error.message}`);
	const tasks = runData[nodeName];
	if (!tasks?.length) throw new Error(`Node "${nodeName}" did not run`);
	return tasks.flatMap((task) => task.data?.main?.[0] ?? []);
}
