import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { activeRooms } from '../helpers/room';

/** The account's active rooms (every page of GET /conferences/active), filtered by name, newest first. */
export async function searchRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const rooms = await activeRooms.call(this);
	const needle = (filter ?? '').trim().toLowerCase();
	const results = rooms
		.filter(
			(room) =>
				!needle ||
				String(room.name ?? '')
					.toLowerCase()
					.includes(needle) ||
				String(room.id) === needle,
		)
		.sort((a, b) => Number(b.id) - Number(a.id))
		.map((room) => ({
			name: `${String(room.name)} (${String(room.room_type ?? 'room')}, ID ${String(room.id)})`,
			value: String(room.id),
			url: typeof room.room_url === 'string' ? room.room_url : undefined,
		}));
	return { results };
}
