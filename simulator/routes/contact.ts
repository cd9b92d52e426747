/** Contacts: add, or update the one with the same e-mail (case-insensitive). */
import { ErrorItem, MSG, invalid } from '../errors';
import { nowToSecond } from '../time';
import { COUNTRY_RE, asString, has, requireEmail, requireText } from './input';
import { Answer, Ctx, ok, route } from './route';

function addContact(c: Ctx): Answer {
	const state = c.host.state;
	const b = c.body;
	const errors: ErrorItem[] = [];
	const email = requireEmail(b, 'email', errors);
	const firstname = requireText(b, 'firstname', errors);
	const lastname = requireText(b, 'lastname', errors);
	let country: string | null = null;
	if (has(b, 'country') && asString(b.country) !== '') {
		const cc = asString(b.country)?.trim() ?? '';
		if (!COUNTRY_RE.test(cc)) errors.push({ name: 'country', message: MSG.country });
		else country = cc.toUpperCase();
	}
	if (errors.length) throw invalid(errors);
	const key = email.toLowerCase();
	const now = nowToSecond();
	const prev = state.contacts.get(key);
	const opt = (k: string): string | null | undefined =>
		has(b, k) ? (asString(b[k]) ?? null) : undefined;
	state.contacts.set(key, {
		email,
		firstname,
		lastname,
		phone: opt('phone') ?? prev?.phone ?? null,
		company: opt('company') ?? prev?.company ?? null,
		country: country ?? prev?.country ?? null,
		created_at: prev?.created_at ?? now,
		updated_at: now,
	});
	return ok({ status: 'OK' });
}

export const contactRoutes = [route('POST /contacts', addContact)];
