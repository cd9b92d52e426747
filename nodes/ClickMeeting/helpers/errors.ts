import type { INode } from 'n8n-workflow';
import { NodeError, NodeOperationError } from 'n8n-workflow';

/**
 * What a catch throws on: an n8n error (NodeApiError, NodeOperationError) itself, with the item's
 * index set on its context (n8n's error constructors return such an error unchanged and ignore
 * their options, so re-wrapping would drop the index); any other error wrapped, naming the item.
 */
export function itemError(node: INode, error: unknown, itemIndex: number | undefined): NodeError {
	if (error instanceof NodeError) {
		if (itemIndex !== undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}
