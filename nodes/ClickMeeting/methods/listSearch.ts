import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { apiRequest } from '../transport';

/** The account's active rooms, filtered by name, newest first. */
export async function searchRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const rooms = await apiRequest.call(this, { method: 'GET', endpoint: '/conferences/active' });
	const needle = (filter ?? '').trim().toLowerCase();
	const results = (Array.isArray(rooms) ? (rooms as IDataObject[]) : [])
		.filter((room) => !needle || String(room.name ?? '').toLowerCase().includes(needle) || String(room.id) === needle)
		.sort((a, b) => Number(b.id) - Number(a.id))
		.map((room) => ({
			name: `${String(room.name)} (${String(room.room_type ?? 'room')}, ID ${String(room.id)})`,
			value: String(room.id),
			url: typeof room.room_url === 'string' ? room.room_url : undefined,
		}));
	return { results };
}
