/** POST /conferences/:room_id/tokens — Access Token → Generate. */
import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { checkWholeNumber } from '../../helpers/checks';
import { itemError } from '../../helpers/errors';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { roomRLC } from '../common.descriptions';

/** ClickMeeting generates at most this many tokens per request. */
export const TOKENS_PER_REQUEST = 1000;

export const description = operationFields('accessToken', 'generate', [
	{ ...roomRLC, description: 'The token-protected room (access type 3)' },
	{
		displayName: 'How Many',
		name: 'howMany',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10,
		required: true,
		description:
			'Number of access tokens to generate. More than 1000 are generated 1000 per request. A room holds at most four times its attendee limit.',
	},
]);

/**
 * POST /conferences/:room_id/tokens — with how_many, in requests of at most 1000; outputs one
 * item per generated token.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const raw = this.getNodeParameter('howMany', itemIndex);
	const howMany = checkWholeNumber(this, itemIndex, raw, 'How Many', 1);
	const roomId = await getRoomId.call(this, itemIndex);
	const tokens: IDataObject[] = [];
	for (let left = howMany; left > 0; left -= TOKENS_PER_REQUEST) {
		const batch = Math.min(left, TOKENS_PER_REQUEST);
		let answer: IDataObject;
		try {
			answer = (await apiRequest.call(this, {
				method: 'POST',
				endpoint: path`/conferences/${roomId}/tokens`,
				body: { how_many: batch },
				itemIndex,
				expect: 'object',
			})) as IDataObject;
		} catch (error) {
			if (tokens.length && error instanceof NodeApiError) {
				error.description =
					`${tokens.length} of the ${howMany} tokens were generated before this request failed; list them with Access Token → Get Many. ${error.description ?? ''}`.trim();
			}
			throw itemError(this.getNode(), error, itemIndex);
		}
		const list = answer.access_tokens;
		const valid =
			Array.isArray(list) &&
			list.every((token) => token && typeof token === 'object' && !Array.isArray(token));
		if (!valid || (list as IDataObject[]).length !== batch) {
			const got = Array.isArray(list) ? `${list.length} tokens` : 'no access_tokens list';
			const error = new NodeApiError(
				this.getNode(),
				{ message: `expected ${batch} tokens, got ${got}` } as JsonObject,
				{
					message: `ClickMeeting answered POST /conferences/:room_id/tokens with ${got} where ${batch} were asked for`,
					description: `${tokens.length} of the ${howMany} tokens were received before this answer. List the room's tokens with Access Token → Get Many before generating more.`,
					itemIndex,
				},
			);
			throw error;
		}
		tokens.push(...(list as IDataObject[]));
	}
	return tokens.map((token) => ({ json: token }));
};
