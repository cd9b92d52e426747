import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/** `registration_confirmed`: ClickMeeting's string "null" (not confirmed) becomes null; a date stays. */
export function confirmedAt(value: unknown): string | null {
	if (value === undefined || value === null) return null;
	const text = String(value).trim();
	return text === '' || text.toLowerCase() === 'null' ? null : text;
}

/**
 * The fields of a registrant that most workflows need, with the personal join link (`url`).
 * `session_id` is null for a registration that belongs to no session.
 */
export function simplifyRegistration(registration: IDataObject): IDataObject {
	const fields = (registration.fields ?? {}) as IDataObject;
	return {
		id: registration.id,
		session_id: registration.session_id ?? null,
		email: registration.email,
		first_name: fields['First Name'] ?? null,
		last_name: fields['Last Name'] ?? null,
		visitor_nickname: registration.visitor_nickname,
		registration_date: registration.registration_date,
		registration_confirmed: confirmedAt(registration.registration_confirmed),
		url: typeof registration.url === 'string' ? registration.url : null,
	};
}

/** One output item per registrant, simplified or whole. */
export function registrationItems(
	registrations: IDataObject[],
	simplify: boolean,
): INodeExecutionData[] {
	return registrations.map((registration) => ({
		json: simplify ? simplifyRegistration(registration) : registration,
	}));
}
