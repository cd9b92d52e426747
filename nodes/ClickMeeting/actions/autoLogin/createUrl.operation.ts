import type { IDataObject } from 'n8n-workflow';

import {
	checkChoice,
	checkEmail,
	checkHttpUrl,
	checkRequired,
	invalid,
} from '../../helpers/checks';
import { getRoomId, unwrapRoom } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequest, path } from '../../transport';
import { emailField, roomRLC } from '../common.descriptions';
import { choices, collection } from '../fields';

const ROLES = ['listener', 'presenter', 'host'] as const;
// The option a protected room needs, by its access type.
const PROTECTED_BY: Record<number, 'Password' | 'Token' | undefined> = {
	2: 'Password',
	3: 'Token',
};

export const description = operationFields('autoLogin', 'createUrl', [
	roomRLC,
	emailField('Email address of the person who logs in'),
	{
		displayName: 'Nickname',
		name: 'nickname',
		type: 'string',
		default: '',
		required: true,
		description: 'Name shown for this person in the room',
	},
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: choices('Host', 'Listener', 'Presenter'),
		default: 'listener',
		required: true,
		description: 'Role of this person in the room',
	},
	collection('options', [
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Room password, for a password-protected room (access type 2)',
		},
		{
			displayName: 'Room URL',
			name: 'roomUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://example.clickmeeting.com/my_meeting',
			description: 'URL of the room, used to build the login URL; read from the room when empty',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Access token, for a token-protected room (access type 3)',
		},
	]),
]);

/**
 * POST /conferences/:room_id/room/autologin_hash — outputs the hash and the login URL
 * `<room_url>?l=<hash>` (the room URL read with GET /conferences/:room_id unless given).
 */
export const execute: OperationExecute = async function (itemIndex) {
	const email = checkEmail(this, itemIndex, this.getNodeParameter('email', itemIndex), 'Email');
	const nickname = checkRequired(
		this,
		itemIndex,
		this.getNodeParameter('nickname', itemIndex, ''),
		'Nickname',
	);
	const role = checkChoice(
		this,
		itemIndex,
		this.getNodeParameter('role', itemIndex),
		'Role',
		ROLES,
	);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	let roomUrl = String(options.roomUrl ?? '').trim();
	if (roomUrl) roomUrl = checkHttpUrl(this, itemIndex, roomUrl, 'Room URL');
	const roomId = await getRoomId.call(this, itemIndex);

	const body: IDataObject = { email, nickname, role };
	if (options.password) body.password = String(options.password);
	if (options.token) body.token = String(options.token).trim();

	if (!roomUrl) {
		const answer = (await apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/conferences/${roomId}`,
			itemIndex,
		})) as IDataObject;
		const room = unwrapRoom(answer);
		roomUrl = String(room.room_url ?? '');
		// a password-protected room (access type 2) needs its password, a token-protected one (3) a token
		const needed = PROTECTED_BY[Number(room.access_type)];
		if (needed && !body[needed.toLowerCase()]) {
			const detail = `is empty, but the room is ${needed.toLowerCase()} protected: set Options → "${needed}"`;
			throw invalid(this, itemIndex, needed, detail);
		}
	}

	const answer = (await apiRequest.call(this, {
		method: 'POST',
		endpoint: path`/conferences/${roomId}/room/autologin_hash`,
		body,
		itemIndex,
	})) as IDataObject;
	const hash = String(answer.autologin_hash ?? '');
	const url = roomUrl
		? `${roomUrl.replace(/[?#].*$/, '')}?l=${encodeURIComponent(hash)}`
		: undefined;
	return [{ json: { ...answer, room_id: roomId, ...(url ? { url } : {}) } }];
};
