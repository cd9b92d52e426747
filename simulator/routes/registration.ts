/**
 * Registrations: register for a room's next session, list a room's (all / active) and a session's.
 * Enabling registration and its template are room updates (PUT /conferences/:room_id).
 */
import { ErrorItem, MSG, invalid } from '../errors';
import { registrationUrl, registrationView } from '../views';
import {
	LANG_RE,
	asBool,
	asObject,
	asString,
	checkChoice,
	has,
	requireEmail,
	requireText,
} from './input';
import { Answer, Ctx, ok, roomOf, route, sessionOf } from './route';

/** `confirmation_email[enabled]`, `confirmation_email[lang]`. */
function readConfirmation(
	conf: Record<string, unknown> | undefined,
	errors: ErrorItem[],
): { enabled: boolean; lang: string | null } {
	const out = { enabled: false, lang: null as string | null };
	if (!conf) return out;
	out.enabled = asBool(conf.enabled, 'confirmation_email[enabled]', errors) ?? false;
	if (has(conf, 'lang')) {
		const l = asString(conf.lang) ?? '';
		if (!LANG_RE.test(l)) errors.push({ name: 'confirmation_email[lang]', message: MSG.lang });
		else out.lang = l;
	}
	return out;
}

/** The registration form's fields beyond 1 (first name), 2 (last name) and 3 (e-mail). */
function extraFields(reg: Record<string, unknown>): Record<string, string> {
	const extras: Record<string, string> = {};
	for (const [k, v] of Object.entries(reg)) {
		const s = asString(v);
		if (['0', '1', '2', '3'].includes(k) || s === undefined) continue;
		extras[/^\d+$/.test(k) ? `Field ${k}` : k] = s;
	}
	return extras;
}

function register(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	if (!room.registration_enabled) {
		throw invalid([
			{
				name: 'registration',
				message: 'Registration is disabled for this room (enable it with registration[enabled]=1).',
			},
		]);
	}
	const errors: ErrorItem[] = [];
	const reg = asObject(c.body.registration);
	if (!reg) errors.push({ name: 'registration', message: MSG.blank });
	const form = reg ?? {};
	const quiet: ErrorItem[] = [];
	const into = reg ? errors : quiet;
	const first = requireText(form, '1', into, 'registration[1]');
	const last = requireText(form, '2', into, 'registration[2]');
	const email = requireEmail(form, '3', into, 'registration[3]');
	const confirmation = readConfirmation(asObject(c.body.confirmation_email), errors);
	if (errors.length) throw invalid(errors);
	// recorded answers: an e-mail already registered for the room creates nothing and says "exist": 1
	const known = state
		.registrationsOfRoom(room.id)
		.find((x) => x.email.toLowerCase() === email.toLowerCase());
	if (known)
		return ok({ status: 'OK', exist: 1, url: registrationUrl(room, known), r: known.code });
	const r = state.addRegistration(room.id, {
		firstname: first,
		lastname: last,
		email,
		fields: extraFields(form),
	});
	r.confirmation_email = confirmation;
	return ok({ status: 'OK', url: registrationUrl(room, r), r: r.code });
}

function listRegistrations(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const errors: ErrorItem[] = [];
	const status = checkChoice(c.params.status, ['all', 'active'], 'status', errors);
	if (errors.length) throw invalid(errors);
	const now = Date.now();
	const regs = state.registrationsOfRoom(room.id).filter((r) => {
		if (status === 'all') return true;
		const s = r.session_id === null ? undefined : state.sessions.get(r.session_id);
		return r.active && (!s || s.end_date > now);
	});
	return ok(regs.map((r) => registrationView(state, r)));
}

export const registrationRoutes = [
	route('POST /conferences/:room_id/registration', register),
	route('GET /conferences/:room_id/registrations/:status', listRegistrations),
	route('GET /conferences/:room_id/sessions/:session_id/registrations', (c) => {
		const room = roomOf(c);
		const s = sessionOf(c, room);
		const state = c.host.state;
		return ok(
			state
				.registrationsOfRoom(room.id)
				.filter((r) => r.session_id === s.id)
				.map((r) => registrationView(state, r)),
		);
	}),
];
