import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** Applies Return All / Limit to a list that the API returns whole. */
export function limitList(this: IExecuteFunctions, itemIndex: number, list: IDataObject[]): IDataObject[] {
	if (this.getNodeParameter('returnAll', itemIndex, false) as boolean) return list;
	const limit = Number(this.getNodeParameter('limit', itemIndex, 50));
	return list.slice(0, Math.max(0, limit));
}

/** The fields of a registrant that most workflows need. */
export function simplifyRegistration(registration: IDataObject): IDataObject {
	const fields = (registration.fields ?? {}) as IDataObject;
	return {
		id: registration.id,
		session_id: registration.session_id,
		email: registration.email,
		first_name: fields['First Name'] ?? null,
		last_name: fields['Last Name'] ?? null,
		visitor_nickname: registration.visitor_nickname,
		registration_date: registration.registration_date,
	};
}

/** One output item per registrant, simplified or whole. */
export function registrationItems(registrations: IDataObject[], simplify: boolean): INodeExecutionData[] {
	return registrations.map((registration) => ({
		json: simplify ? simplifyRegistration(registration) : registration,
	}));
}
