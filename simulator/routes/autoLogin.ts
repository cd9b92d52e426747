/** A ready login link for a room (password and token rooms check their secret). */
import { randomCode } from '../content';
import { ErrorItem, invalid } from '../errors';
import { nowToSecond } from '../time';
import type { AccessToken, Room } from '../types';
import { asString, checkChoice, requireEmail, requireText } from './input';
import { Answer, Ctx, ok, roomOf, route } from './route';

/** Checks the room's password (type 2) or token (type 3); answers the unused token to mark. */
function checkAccess(
	c: Ctx,
	room: Room,
	email: string,
	errors: ErrorItem[],
): AccessToken | undefined {
	const b = c.body;
	if (room.access_type === 2) {
		const pw = asString(b.password) ?? '';
		if (!pw)
			errors.push({
				name: 'password',
				message: 'This value should not be blank for a password protected room (access_type 2).',
			});
		else if (pw !== room.password)
			errors.push({ name: 'password', message: 'Invalid room password.' });
		return undefined;
	}
	if (room.access_type !== 3) return undefined;
	const code = (asString(b.token) ?? '').trim().toUpperCase();
	if (!code) {
		errors.push({
			name: 'token',
			message: 'This value should not be blank for a token protected room (access_type 3).',
		});
		return undefined;
	}
	const token = c.host.state.tokensOf(room.id).find((t) => t.token === code);
	if (!token) errors.push({ name: 'token', message: 'Invalid access token for this room.' });
	else if (token.first_use_date !== null && token.used_by !== email)
		errors.push({ name: 'token', message: 'This access token has already been used.' });
	return token;
}

function autologin(c: Ctx): Answer {
	const room = roomOf(c);
	const errors: ErrorItem[] = [];
	const email = requireEmail(c.body, 'email', errors);
	const nickname = requireText(c.body, 'nickname', errors);
	const role = requireText(c.body, 'role', errors);
	if (role) checkChoice(role, ['listener', 'presenter', 'host'], 'role', errors);
	const token = checkAccess(c, room, email, errors);
	if (errors.length) throw invalid(errors);
	const now = nowToSecond();
	if (token && token.first_use_date === null) {
		token.first_use_date = now;
		token.used_by = email;
	}
	const hash = `${randomCode(48)}____`;
	c.host.state.autologins.push({ hash, room_id: room.id, email, nickname, role, created_at: now });
	return ok({ autologin_hash: hash });
}

export const autoLoginRoutes = [route('POST /conferences/:room_id/room/autologin_hash', autologin)];
