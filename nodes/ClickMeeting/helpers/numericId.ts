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
		throw new NodeOperationError(this.getNode(), `The "${fieldName}" field is empty`, {
			itemIndex,
		});
	}
	if (!/^[0-9]+$/.test(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			`The "${fieldName}" field must be a numeric ID, got "${raw}"`,
			{ itemIndex },
		);
	}
	if (!Number.isSafeInteger(Number(raw))) {
		throw new NodeOperationError(
			this.getNode(),
			`The "${fieldName}" field is larger than any ClickMeeting ID: "${raw}"`,
			{
				itemIndex,
				description:
					'Above 2^53 the digits would not be kept exactly, i.e. another ID would be sent.',
			},
		);
	}
	return Number(raw);
}

/** Applies Return All / Limit to a list the API returns whole (the one Limit rule, helpers/limit). */
export { applyLimitRule as applyLimit } from './limit';
