import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';

import { ClickMeeting } from '../../nodes/ClickMeeting/ClickMeeting.node';

export const PACKAGE = 'n8n-nodes-clickmeeting';
export const CLICKMEETING = `${PACKAGE}.clickMeeting`;
export const START = 'test.start';

/** Stands in for n8n's Manual Trigger: passes on the items the run starts with. */
class Start implements INodeType {
	description = {
		displayName: 'Start',
		name: 'start',
		group: ['input'],
		version: 1,
		description: 'Starts a test workflow with the given items',
		defaults: { name: 'Start' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

export class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType | IVersionedNodeType>;

	constructor(extra: Record<string, INodeType | IVersionedNodeType> = {}) {
		this.types = { [START]: new Start(), [CLICKMEETING]: new ClickMeeting(), ...extra };
	}

	getByName(type: string): INodeType | IVersionedNodeType {
		const found = this.types[type];
		if (!found) throw new Error(`Unknown node type "${type}"`);
		return found;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}
