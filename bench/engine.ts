// The bench workers' runner: the test harness's own (test/harness/execute.ts, n8n-core's
// WorkflowExecute), given the BUILT credential from the package snapshot and whatever node types
// a contender brings, and without the test-only secret walk (it would be timed). n8n-core and
// n8n-workflow come from the root node_modules for every contender, so the ClickMeeting node and
// n8n's HTTP Request node run on the very same engine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type * as n8n from 'n8n-workflow';

import type { ExecuteDefinition } from '../test/harness/execute';
import { PKG } from './ipc';

// n8n-core keeps its instance folder under N8N_USER_FOLDER: set before n8n-core is loaded.
process.env.N8N_LOG_LEVEL ??= 'silent';
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-clickmeeting-bench-'));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NodeHelpers } = require('n8n-workflow') as typeof import('n8n-workflow');
const { executeWorkflow } =
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	require('../test/harness/execute') as typeof import('../test/harness/execute');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClickMeetingApi } = require(
	path.join(PKG, 'dist/credentials/ClickMeetingApi.credentials.js'),
) as { ClickMeetingApi: new () => n8n.ICredentialType };

const credentialTypes = { clickMeetingApi: new ClickMeetingApi() };

/** The workflow (its first node gets `input`) and the node types it needs, by type name. */
export type BenchWorkflow = Pick<
	ExecuteDefinition,
	'nodes' | 'connections' | 'input' | 'credentials'
> & { nodeTypes: Record<string, n8n.INodeType | n8n.IVersionedNodeType> };

export async function runWorkflow(definition: BenchWorkflow): Promise<n8n.IRun> {
	const byName = (type: string) => {
		const found = definition.nodeTypes[type];
		if (!found) throw new Error(`Unknown node type "${type}"`);
		return found;
	};
	const nodeTypes: n8n.INodeTypes = {
		getByName: byName,
		getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(byName(type), version),
		getKnownTypes: () => ({}),
	};
	return await executeWorkflow({
		id: 'bench',
		nodes: definition.nodes,
		connections: definition.connections,
		input: definition.input,
		nodeTypes,
		credentialTypes,
		credentials: definition.credentials,
	});
}

/** Every output of a node (a node in a loop runs once per batch), or throws the run's error. */
export function outputOf(run: n8n.IRun, nodeName: string): n8n.INodeExecutionData[] {
	const { runData, error } = run.data.resultData;
	if (error) throw new Error(`The workflow failed: ${error.message}`);
	const tasks = runData[nodeName];
	if (!tasks?.length) throw new Error(`Node "${nodeName}" did not run`);
	return tasks.flatMap((task) => task.data?.main?.[0] ?? []);
}
