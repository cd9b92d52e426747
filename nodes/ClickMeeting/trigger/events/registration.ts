import type { IDataObject } from 'n8n-workflow';

import { apiRequestList, path } from '../../transport';
import type { ListEventSource } from '../engine';
import { roomFields } from '../rooms';
import { parseDate } from '../cursor';

/** New Registration: GET /conferences/:room/registrations/all, only for rooms with registration on. */
export const registrationEvent: ListEventSource = {
	canHaveNews: (room) => room.registrationEnabled,
	async fetch(room) {
		return apiRequestList.call(this, { endpoint: path`/conferences/${room.id}/registrations/all` });
	},
	position(entry) {
		const key = parseDate(entry.registration_date);
		const id = Number(entry.id);
		if (key === undefined || !Number.isFinite(id)) return undefined;
		return { key, id };
	},
	// the registration as sent (session_id may be null, registration_confirmed "null" or a date)
	toJson: (entry, room): IDataObject => ({ ...entry, ...roomFields(room, room.id) }),
	noneMessage:
		'No registration found in the watched rooms (only rooms with registration enabled are read)',
};
