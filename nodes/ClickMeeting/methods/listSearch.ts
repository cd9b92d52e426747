import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { activeRooms } from '../helpers/room';
import { path } from '../transport';
import { currentRoomId, getList, matches, page, sessionOptions, when } from './lists';

/** The account's active rooms (every page of GET /conferences/active), filtered by name, newest first. */
export async function searchRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const rooms = await activeRooms.call(this);
	const results = rooms
		.filter((room) => matches(filter, room.id, String(room.name ?? '')))
		.sort((a, b) => Number(b.id) - Number(a.id))
		.map((room) => ({
			name: `${String(room.name)} (${String(room.room_type ?? 'room')}, ID ${String(room.id)})`,
			value: String(room.id),
			url: typeof room.room_url === 'string' ? room.room_url : undefined,
		}));
	return { results };
}

/** Session locator: the room's sessions, searched by ID or date (e.g. "2024-05-07"). */
export async function searchSessions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const sessions = await sessionOptions.call(this);
	return page(
		sessions.filter((s) => matches(filter, s.value, s.name)),
		paginationToken,
	);
}

/** File locator: the account's file library (GET /file-library, rooms' files included), newest first, by name or ID. */
export async function searchFiles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const files = await getList.call(this, '/file-library');
	const results = files
		.filter((file) => matches(filter, file.id, String(file.name ?? '')))
		.sort((a, b) => Number(b.id) - Number(a.id))
		.map((file) => ({
			name: `${String(file.name ?? `File ${String(file.id)}`)} (ID ${String(file.id)})`,
			value: String(file.id),
		}));
	return page(results, paginationToken);
}

/** Recording locator: the recordings of the room in the Room field (GET /conferences/:room_id/recordings), newest first. */
export async function searchRecordings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const roomId = await currentRoomId.call(this);
	if (roomId === undefined) return { results: [] };
	const recordings = await getList.call(this, path`/conferences/${roomId}/recordings`);
	const results = recordings
		.map((recording) => {
			const started = when(recording.recorder_start_date ?? recording.recorder_started);
			const title = String(recording.recording_name ?? '').trim() || 'Recording';
			return {
				name: `${title}, ${started} (ID ${String(recording.id)})`,
				value: String(recording.id),
				started,
			};
		})
		.filter((r) => matches(filter, r.value, r.name))
		.sort((a, b) => b.started.localeCompare(a.started) || Number(b.value) - Number(a.value))
		.map(({ name, value }) => ({ name, value }));
	return page(results, paginationToken);
}
