import { NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	INode,
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

/** The credential a test node uses: the ClickMeeting account (its data comes from the run's host). */
export const CLICKMEETING_ACCOUNT = { clickMeetingApi: { id: '1', name: 'ClickMeeting account' } };

/** A node as the tests place it: version 1 at [0, 0], named after its type and without parameters unless given. */
export function testNode(fields: Pick<INode, 'type'> & Partial<INode>): INode {
	return {
		id: fields.name ?? fields.type,
		name: fields.type,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		...fields,
	};
}

/** An inactive workflow of these nodes without connections, as the editor holds one while a parameter is edited. */
export function workflowOf(nodes: INode[], nodeTypes: INodeTypes = new TestNodeTypes()): Workflow {
	return new Workflow({ nodes, connections: {}, active: false, nodeTypes });
}
