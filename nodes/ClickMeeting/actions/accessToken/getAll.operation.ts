/** GET /conferences/:room_id/tokens — Access Token → Get Many, with filters. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../fields';

import { checkChoice } from '../../helpers/checks';
import { readLimit, takeLimit } from '../../helpers/limit';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { returnAllOrLimit, roomRLC } from '../common.descriptions';

export const description = operationFields('accessToken', 'getAll', [
	{ ...roomRLC, description: 'The token-protected room (access type 3)' },
	...returnAllOrLimit,
	collection('filters', [
		{
			displayName: 'Sent to Email',
			name: 'sentToEmail',
			type: 'string',
			placeholder: 'e.g. nathan@example.com',
			default: '',
			description: 'Only tokens sent to this email (case-insensitive)',
		},
		{
			displayName: 'Used',
			name: 'used',
			type: 'options',
			options: [
				{ name: 'Used', value: 'used', description: 'Tokens someone has logged in with' },
				{ name: 'Unused', value: 'unused', description: 'Tokens nobody has used yet' },
			],
			default: 'unused',
			description: 'Only used or only unused tokens',
		},
	]),
]);

interface TokenFilters {
	sentToEmail?: string;
	used?: boolean;
}

/** Reads the Filters before any request; a bad Used value fails naming the field. */
function readFilters(this: IExecuteFunctions, itemIndex: number): TokenFilters {
	const raw = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const filters: TokenFilters = {};
	const email = String(raw.sentToEmail ?? '')
		.trim()
		.toLowerCase();
	if (email) filters.sentToEmail = email;
	if (raw.used !== undefined && raw.used !== '') {
		filters.used = checkChoice(this, itemIndex, raw.used, 'Used', ['used', 'unused']) === 'used';
	}
	return filters;
}

/** A token counts as used once it has a first use date or a user. */
const isUsed = (token: IDataObject): boolean =>
	(token.first_use_date !== null &&
		token.first_use_date !== undefined &&
		token.first_use_date !== '') ||
	(token.used_by !== null && token.used_by !== undefined && token.used_by !== '');

function matches(token: IDataObject, filters: TokenFilters): boolean {
	if (
		filters.sentToEmail !== undefined &&
		String(token.sent_to_email ?? '')
			.trim()
			.toLowerCase() !== filters.sentToEmail
	) {
		return false;
	}
	return filters.used === undefined || isUsed(token) === filters.used;
}

/**
 * GET /conferences/:room_id/tokens — the room's access tokens, one item per token; Filters (sent to email,
 * used / unused) applied before the Limit. One request: the API answers every token at once.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const filters = readFilters.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/tokens`,
		itemIndex,
		expect: 'object',
	});
	const list = (answer as IDataObject)?.access_tokens;
	const tokens = (Array.isArray(list) ? (list as IDataObject[]) : []).filter((token) =>
		matches(token, filters),
	);
	return takeLimit(tokens, limit).map((token) => ({ json: token }));
};
