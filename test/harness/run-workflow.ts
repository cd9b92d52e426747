import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { ExecutionLifecycleHooks } from 'n8n-core';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { ClickMeetingApi } from '../../credentials/ClickMeetingApi.credentials';
import type { ClickMeetingSimulator, RecordedRequest } from '../../simulator';
import { additionalDataFor } from './additional-data';
import { executeWorkflow } from './execute';
import { CLICKMEETING, START, TestNodeTypes } from './node-types';

// n8n-core keeps its instance folder (binary data, settings) under N8N_USER_FOLDER.
process.env.N8N_LOG_LEVEL ??= 'silent';
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-clickmeeting-test-'));

export const CREDENTIAL_TYPES = { clickMeetingApi: new ClickMeetingApi() };

export interface CredentialOverrides {
	apiKey?: string;
	baseUrl?: string;
}

export function credentialsFor(
	sim: Pick<ClickMeetingSimulator, 'apiKey' | 'baseUrl'>,
	overrides: CredentialOverrides = {},
): Record<string, ICredentialDataDecryptedObject> {
	return {
		clickMeetingApi: {
			apiKey: overrides.apiKey ?? sim.apiKey,
			baseUrl: overrides.baseUrl ?? sim.baseUrl,
		},
	};
}

/** The host parts of a run; `types`: other credential classes (the bench's built one). */
export function buildAdditionalData(
	credentials: Record<string, ICredentialDataDecryptedObject>,
	hooks?: ExecutionLifecycleHooks,
	types: Record<string, ICredentialType> = CREDENTIAL_TYPES,
): IWorkflowExecuteAdditionalData {
	return additionalDataFor(types, credentials, hooks);
}

/**
 * Every run of the suite goes through here: fail the test if an API key shows up anywhere in
 * the run's output items, errors, or their messages and stacks.
 */
export function assertNoSecrets(
	value: unknown,
	credentials: Record<string, ICredentialDataDecryptedObject>,
): void {
	// Every form of a key: as stored and trimmed (a key saved with spaces or a newline).
	const secrets = Object.values(credentials)
		.flatMap((data) => (typeof data.apiKey === 'string' ? [data.apiKey, data.apiKey.trim()] : []))
		.filter((key): key is string => key.length >= 4);
	if (!secrets.length) return;
	const texts: string[] = [];
	const seen = new WeakSet<object>();
	const walk = (entry: unknown): void => {
		if (typeof entry === 'string') texts.push(entry);
		if (!entry || typeof entry !== 'object' || seen.has(entry)) return;
		seen.add(entry);
		if (entry instanceof Error) {
			texts.push(
				entry.message,
				String(entry.stack),
				String((entry as { description?: unknown }).description),
			);
		}
		if (Buffer.isBuffer(entry)) return;
		for (const key of Object.getOwnPropertyNames(entry))
			walk((entry as Record<string, unknown>)[key]);
	};
	walk(value);
	const text = texts.join('\n');
	for (const secret of secrets) {
		if (text.includes(secret))
			throw new Error('The API key appears in the run data (output, error or stack)');
	}
}

export interface WorkflowDefinition {
	nodes: INode[];
	connections: IConnections;
	/** Items the first node starts with; one empty item by default. */
	input?: INodeExecutionData[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	mode?: WorkflowExecuteMode;
	extraNodeTypes?: Record<string, INodeType | IVersionedNodeType>;
	/** Called once the run has started, with a function that cancels it (as the UI's Stop does). */
	onStarted?: (cancel: () => void) => void;
}

export interface WorkflowResult {
	run: IRun;
	/** Output items of a node's first output, paired items kept. */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
	/** The error that stopped the run, if any. */
	error: ExecutionError | undefined;
}

/**
 * Runs a workflow with n8n-core's WorkflowExecute (the shared runner in execute.ts) on this
 * package's sources, then checks the whole run for the API key.
 */
export async function runWorkflow(definition: WorkflowDefinition): Promise<WorkflowResult> {
	const run = await executeWorkflow({
		nodes: definition.nodes,
		connections: definition.connections,
		input: definition.input ?? [{ json: {} }],
		nodeTypes: new TestNodeTypes(definition.extraNodeTypes),
		credentialTypes: CREDENTIAL_TYPES,
		credentials: definition.credentials,
		mode: definition.mode,
		onStarted: definition.onStarted,
	});
	assertNoSecrets(run, definition.credentials);
	const { runData, error } = run.data.resultData;
	return {
		run,
		error,
		output(nodeName, outputIndex = 0) {
			const task = runData[nodeName]?.[0];
			if (!task)
				throw new Error(`Node "${nodeName}" did not run${error ? `: ${error.message}` : ''}`);
			return task.data?.main?.[outputIndex] ?? [];
		},
	};
}

export interface NodeRunOptions {
	input?: Array<IDataObject | INodeExecutionData>;
	continueOnFail?: boolean;
	credentials?: CredentialOverrides;
	name?: string;
	type?: string;
	onStarted?: WorkflowDefinition['onStarted'];
}

export interface NodeRunResult {
	/** Output items of the ClickMeeting node. */
	items: INodeExecutionData[];
	/** The error that stopped the run, if any. */
	error: ExecutionError | undefined;
	/** The API requests the simulator received during this run. */
	requests: RecordedRequest[];
	run: IRun;
}

/** Runs Start -> one ClickMeeting node with these parameters against the simulator. */
export async function runNode(
	sim: ClickMeetingSimulator,
	parameters: INodeParameters,
	options: NodeRunOptions = {},
): Promise<NodeRunResult> {
	const name = options.name ?? 'ClickMeeting';
	const nodes: INode[] = [
		{ id: 'start', name: 'Start', type: START, typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: 'clickmeeting',
			name,
			type: options.type ?? CLICKMEETING,
			typeVersion: 1,
			position: [200, 0],
			parameters,
			credentials: { clickMeetingApi: { id: '1', name: 'ClickMeeting account' } },
			...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		},
	];
	const connections: IConnections = {
		Start: { main: [[{ node: name, type: 'main', index: 0 }]] },
	};
	const input = (options.input ?? [{}]).map((entry) =>
		'json' in entry && typeof entry.json === 'object'
			? (entry as INodeExecutionData)
			: { json: entry as IDataObject },
	);
	const before = sim.requests.length;
	const result = await runWorkflow({
		nodes,
		connections,
		input,
		credentials: credentialsFor(sim, options.credentials),
		onStarted: options.onStarted,
	});
	let items: INodeExecutionData[] = [];
	try {
		items = result.output(name);
	} catch {
		items = [];
	}
	return { items, error: result.error, requests: sim.requests.slice(before), run: result.run };
}
