/** E-mail invitations to a room; a token room hands out a token per invitee. */
import { ErrorItem, MSG, invalid } from '../errors';
import { nowToSecond } from '../time';
import type { Room } from '../types';
import { EMAIL_RE, LANG_RE, asObject, asString, checkChoice, has } from './input';
import { Answer, Ctx, ok, roomOf, route } from './route';

/** `attendees[0][email]=...` (or a list of addresses): the valid addresses; errors per entry. */
function readInvitees(raw: unknown, errors: ErrorItem[]): string[] {
	const list: unknown[] = Array.isArray(raw)
		? raw
		: asObject(raw)
			? Object.values(raw as Record<string, unknown>)
			: [];
	if (list.length === 0) errors.push({ name: 'attendees', message: MSG.blank });
	const emails: string[] = [];
	list.forEach((a, i) => {
		const obj = asObject(a);
		const email = (obj ? asString(obj.email) : asString(a))?.trim() ?? '';
		const field = `attendees[${i}][email]`;
		if (!email) errors.push({ name: field, message: MSG.blank });
		else if (!EMAIL_RE.test(email)) errors.push({ name: field, message: MSG.email });
		else emails.push(email);
	});
	return emails;
}

/** The next token not sent yet, or a new one. */
function tokenFor(c: Ctx, room: Room, email: string): string {
	const state = c.host.state;
	const free = state
		.tokensOf(room.id)
		.find((x) => x.sent_to_email === null && x.first_use_date === null);
	const token = free ?? state.generateTokens(room.id, 1)[0];
	token.sent_to_email = email;
	return token.token;
}

function invitation(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const lang = c.params.lang;
	const errors: ErrorItem[] = [];
	if (!LANG_RE.test(lang)) errors.push({ name: 'lang', message: MSG.lang });
	const emails = readInvitees(c.body.attendees, errors);
	const template = has(c.body, 'template') ? (asString(c.body.template) ?? '') : 'basic';
	checkChoice(template, ['basic', 'advanced'], 'template', errors);
	const role = has(c.body, 'role') ? (asString(c.body.role) ?? '') : 'listener';
	checkChoice(role, ['listener', 'presenter'], 'role', errors);
	const cap = c.host.options.maxTokensPerRoom;
	if (errors.length === 0 && room.access_type === 3) {
		const tokens = state.tokensOf(room.id);
		const free = tokens.filter((t) => t.sent_to_email === null && t.first_use_date === null).length;
		const missing = emails.length - free;
		if (missing > 0 && tokens.length + missing > cap)
			errors.push({
				name: 'attendees',
				message: `Not enough access tokens left for ${emails.length} invitations (room limit ${cap}).`,
			});
	}
	if (errors.length) throw invalid(errors);
	const sent_at = nowToSecond();
	for (const email of emails)
		state.invitations.push({
			room_id: room.id,
			lang,
			email,
			template,
			role,
			token: room.access_type === 3 ? tokenFor(c, room, email) : null,
			sent_at,
		});
	return ok({ status: 'OK' });
}

export const invitationRoutes = [
	route('POST /conferences/:room_id/invitation/email/:lang', invitation),
];
