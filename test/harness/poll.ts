/**
 * Drives the ClickMeeting Trigger through n8n-core's real polling path: PollTriggerExecutor
 * (the function ActiveWorkflowTriggers schedules) -> TriggersAndPollers.runPollFunction ->
 * the node's poll() on a real PollContext, with __emit / __emitError / __commitCursor wired as
 * the host wires them. The workflow's static data lives in memory across polls (n8n's default
 * model) and is "saved to the database" as n8n saves it: once after activation and after every
 * emitting poll (plus, optionally, after null polls through __commitCursor). A restart reloads
 * the saved copy; the newer persistence model starts every poll from the saved copy.
 */
import { PollContext, PollTriggerExecutor, Tracing, TriggersAndPollers } from 'n8n-core';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { ClickMeetingTrigger } from '../../nodes/ClickMeeting/ClickMeetingTrigger.node';
import type { ClickMeetingSimulator, RecordedRequest } from '../../simulator';
import { CLICKMEETING_ACCOUNT, TestNodeTypes, testNode } from './node-types';
import { assertNoSecrets, buildAdditionalData, credentialsFor } from './run-workflow';

export const TRIGGER = 'n8n-nodes-clickmeeting.clickMeetingTrigger';
const NODE_NAME = 'ClickMeeting Trigger';

/**
 * 'memory': one Workflow for the whole activation, static data changes of every poll stay in
 * memory (n8n's default). 'saved': every poll starts from the saved copy (newer scheduler).
 */
export type Persistence = 'memory' | 'saved';

export interface PollHarnessOptions {
	parameters: INodeParameters;
	persistence?: Persistence;
	/** Whether a null poll's static data is saved too (the host's __commitCursor). Default false. */
	commitOnNull?: boolean;
	/** The bench: the BUILT trigger and credential instead of the sources. */
	trigger?: INodeType;
	credentialTypes?: Record<string, ICredentialType>;
	/** Whether every poll's outcome and static data are checked for the API key. Default true. */
	checkSecrets?: boolean;
}

export interface PollOutcome {
	/** The emitted items, or null when the poll returned null or failed. */
	items: INodeExecutionData[] | null;
	/** The error passed to __emitError. */
	error?: Error;
	/** The API requests of this poll. */
	requests: RecordedRequest[];
}

const silentLogger = {
	scoped: () => silentLogger,
	debug: () => {},
	info: () => {},
	warn: () => {},
	error: () => {},
} as unknown as ConstructorParameters<typeof PollTriggerExecutor>[0];

const errorReporter = { error: () => {} } as unknown as ConstructorParameters<
	typeof PollTriggerExecutor
>[3];

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class PollHarness {
	/** The static data as last saved to the "database". */
	saved: IDataObject = {};
	readonly emissions: INodeExecutionData[][] = [];
	readonly node: INode;

	private workflow!: Workflow;
	private context!: PollContext;
	private readonly nodeTypes: TestNodeTypes;
	private readonly executor = new PollTriggerExecutor(
		silentLogger,
		new TriggersAndPollers(),
		new Tracing(),
		errorReporter,
	);
	private lastEmit: INodeExecutionData[][] | null = null;
	private lastError: Error | undefined;
	private activated = false;

	constructor(
		private readonly sim: ClickMeetingSimulator,
		private readonly options: PollHarnessOptions,
	) {
		this.nodeTypes = new TestNodeTypes({ [TRIGGER]: options.trigger ?? new ClickMeetingTrigger() });
		const nodeType = this.nodeTypes.getByNameAndVersion(TRIGGER, 1);
		const base = testNode({
			id: 'clickmeeting-trigger',
			name: NODE_NAME,
			type: TRIGGER,
			credentials: CLICKMEETING_ACCOUNT,
		});
		const parameters = NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			{ pollTimes: { item: [{ mode: 'everyMinute' }] }, ...options.parameters },
			true,
			false,
			base,
			nodeType.description,
		);
		this.node = { ...base, parameters: parameters ?? options.parameters };
	}

	get persistence(): Persistence {
		return this.options.persistence ?? 'memory';
	}

	/** The trigger's static data in the running workflow. */
	get staticData(): IDataObject {
		return clone(this.workflow.getStaticData('node', this.node));
	}

	private build(
		staticData: IDataObject,
		mode: WorkflowExecuteMode = 'trigger',
		activation: WorkflowActivateMode = 'activate',
	): void {
		this.workflow = new Workflow({
			id: 'poll-workflow',
			name: 'poll workflow',
			nodes: [this.node],
			connections: {},
			nodeTypes: this.nodeTypes,
			active: true,
			staticData: clone(staticData),
			settings: {},
		});
		this.context = new PollContext(
			this.workflow,
			this.node,
			this.additionalData(),
			mode,
			activation,
			(data) => {
				this.lastEmit = data;
				this.emissions.push(data[0] ?? []);
				this.save();
			},
			(error) => {
				this.lastError = error;
			},
			async () => {
				if (this.options.commitOnNull) this.save();
			},
		);
	}

	private additionalData() {
		return buildAdditionalData(credentialsFor(this.sim), undefined, this.options.credentialTypes);
	}

	private checkSecrets(value: unknown): void {
		if (this.options.checkSecrets !== false) assertNoSecrets(value, credentialsFor(this.sim));
	}

	private save(): void {
		this.saved = clone(this.workflow.staticData as IDataObject);
	}

	private async run(testingTrigger: boolean): Promise<PollOutcome> {
		const before = this.sim.requests.length;
		this.lastEmit = null;
		this.lastError = undefined;
		const execute = this.executor.create(this.workflow, this.node, this.context, () => true);
		await execute(testingTrigger);
		const outcome = {
			items: this.lastEmit ? ((this.lastEmit as INodeExecutionData[][])[0] ?? []) : null,
			error: this.lastError,
			requests: this.sim.requests.slice(before),
		};
		this.checkSecrets({ outcome, staticData: this.workflow.staticData });
		return outcome;
	}

	/** Activates the workflow: the first poll runs as n8n runs it at activation (errors thrown). */
	async activate(activation: WorkflowActivateMode = 'activate'): Promise<PollOutcome> {
		this.build(this.saved, 'trigger', activation);
		const outcome = await this.run(true);
		this.activated = true;
		this.save(); // n8n saves the static data once after activation
		return outcome;
	}

	/** One scheduled poll. */
	async poll(): Promise<PollOutcome> {
		if (!this.activated) throw new Error('activate() first');
		if (this.persistence === 'saved') this.build(this.saved, 'trigger', 'activate');
		return await this.run(false);
	}

	/** n8n restarts: the in-memory static data is gone, the saved copy is loaded ('init'). */
	restart(): void {
		this.build(this.saved, 'trigger', 'init');
	}

	/** Fetch Test Event: a manual poll on the current static data; returns what it emitted or throws. */
	async manual(): Promise<{
		items: INodeExecutionData[];
		requests: RecordedRequest[];
		staticDataBefore: IDataObject;
		staticDataAfter: IDataObject;
	}> {
		const live = this.workflow ? (this.workflow.staticData as IDataObject) : {};
		const manualWorkflow = new Workflow({
			id: 'poll-workflow',
			name: 'poll workflow',
			nodes: [this.node],
			connections: {},
			nodeTypes: this.nodeTypes,
			active: false,
			staticData: clone(live),
			settings: {},
		});
		const staticDataBefore = clone(manualWorkflow.staticData as IDataObject);
		let emitted: INodeExecutionData[][] | undefined;
		const context = new PollContext(
			manualWorkflow,
			this.node,
			this.additionalData(),
			'manual',
			'manual',
			(data) => {
				emitted = data;
			},
			(error) => {
				throw error;
			},
		);
		const before = this.sim.requests.length;
		const execute = this.executor.create(manualWorkflow, this.node, context, () => true);
		await execute(true);
		this.checkSecrets({ emitted, staticData: manualWorkflow.staticData });
		return {
			items: emitted?.[0] ?? [],
			requests: this.sim.requests.slice(before),
			staticDataBefore,
			staticDataAfter: clone(manualWorkflow.staticData as IDataObject),
		};
	}
}
