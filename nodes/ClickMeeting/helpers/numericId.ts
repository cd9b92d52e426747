import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Reads a string/number parameter that must hold a numeric ClickMeeting ID (file, recording,
 * session) and returns it as a number. Fails before any request, naming the field.
 */
export function getNumericId(
	this: IExecuteFunctions,
	itemIndex: number,
	parameterName: string,
	fieldName: string,
): number {
	const raw = String(this.getNodeParameter(parameterName, itemIndex, '') ?? '').trim();
	if (!raw) {
		throw new NodeOperationError(this.getNode(), `The "${fieldName}" field is empty`, { itemIndex });
	}
	if (!/^[0-9]+$/.test(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			`The "${fieldName}" field must be a numeric ID, got "${raw}"`,
			{ itemIndex },
		);
	}
	return Number(raw);
}

/** Applies Return All / Limit to a list the API returns whole. */
export function applyLimit<T>(ctx: IExecuteFunctions, itemIndex: number, list: T[]): T[] {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return list;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	return list.slice(0, limit);
}
