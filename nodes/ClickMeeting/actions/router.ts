import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readLimit } from '../helpers/limit';
import type { OperationExecute, Resource } from './node.type';
import { resources } from './resources';

/** Runs one item through the operation that its resource and operation parameters select. */
export async function route(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const resource = this.getNodeParameter('resource', itemIndex) as Resource;
	const operation = this.getNodeParameter('operation', itemIndex) as string;
	const entry = Object.prototype.hasOwnProperty.call(resources, resource)
		? resources[resource]
		: undefined;
	const listed = (entry?.operations as readonly string[] | undefined)?.includes(operation);
	const handler = listed
		? (entry?.module as unknown as Record<string, { execute: OperationExecute }>)[operation]
		: undefined;
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of resource "${resource}" is not known`,
			{ itemIndex },
		);
	}
	// The one Limit rule (a whole number >= 1), checked before any request of a list operation.
	readLimit(this, itemIndex);
	return await handler.execute.call(this, itemIndex);
}
