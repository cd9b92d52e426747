import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { findRoomByUrl } from '../helpers/room';
import { apiRequest, path } from '../transport';

/** Every time zone the API knows (GET /time_zone_list). */
export async function getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const zones = await apiRequest.call(this, { method: 'GET', endpoint: '/time_zone_list' });
	return (Array.isArray(zones) ? (zones as string[]) : []).map((zone) => ({
		name: zone,
		value: zone,
	}));
}

/** The room skins of the account (GET /conferences/skins). */
export async function getSkins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skins = await apiRequest.call(this, { method: 'GET', endpoint: '/conferences/skins' });
	return (Array.isArray(skins) ? (skins as IDataObject[]) : []).map((skin) => ({
		name: String(skin.name),
		value: Number(skin.id),
	}));
}

/** The sessions of the room chosen in the Room field, newest first, labelled by date and time. */
export async function getSessions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const room = String(this.getCurrentNodeParameter('room', { extractValue: true }) ?? '').trim();
	if (!room) return [];
	let roomId = room;
	if (/^https?:\/\//i.test(room)) {
		const found = await findRoomByUrl.call(this, room);
		if (!found) return [];
		roomId = String(found.id);
	}
	if (!/^[0-9]+$/.test(roomId)) return [];
	const sessions = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/sessions`,
	});
	const when = (date: unknown) =>
		String(date ?? '')
			.replace('T', ' ')
			.slice(0, 16);
	return (Array.isArray(sessions) ? (sessions as IDataObject[]) : [])
		.sort(
			(a, b) =>
				Date.parse(String(b.start_date)) - Date.parse(String(a.start_date)) ||
				Number(b.id) - Number(a.id),
		)
		.map((session) => ({
			name: `${when(session.start_date)} – ${when(session.end_date).slice(11)} (ID ${String(session.id)})`,
			value: String(session.id),
			description: `${Number(session.total_visitors ?? 0)} visitor${Number(session.total_visitors ?? 0) === 1 ? '' : 's'}`,
		}));
}
