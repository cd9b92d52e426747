import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { findRoomByUrl } from '../helpers/room';
import { apiRequestList, path } from '../transport';

/** What the list searches (listSearch.ts) and dropdowns (loadOptions.ts) share. */

/** How many results one page of a list search holds; the editor asks for the next on scrolling. */
export const SEARCH_PAGE_SIZE = 100;

/** One page of `results` (all of them matching): `paginationToken` is the next page's offset. */
export function page(results: INodeListSearchItems[], token?: string): INodeListSearchResult {
	const start = Math.max(0, Number.parseInt(token ?? '0', 10) || 0);
	const end = start + SEARCH_PAGE_SIZE;
	return {
		results: results.slice(start, end),
		paginationToken: end < results.length ? String(end) : undefined,
	};
}

/** Whether an entry matches the search text: its ID, or the text in its label (case ignored). */
export function matches(filter: string | undefined, id: unknown, label: string): boolean {
	const needle = (filter ?? '').trim().toLowerCase();
	return !needle || String(id) === needle || label.toLowerCase().includes(needle);
}

/** A date-time as the lists show it: `2024-05-07 09:30`. */
export function when(date: unknown): string {
	return String(date ?? '')
		.replace('T', ' ')
		.slice(0, 16);
}

export async function getList(
	this: ILoadOptionsFunctions,
	endpoint: string,
): Promise<IDataObject[]> {
	return await apiRequestList.call(this, { endpoint });
}

/**
 * The room chosen in the node's Room field (by ID, from the list or by URL), or undefined while
 * none (or no valid one) is chosen, so that the room's sessions or recordings can be listed.
 */
export async function currentRoomId(this: ILoadOptionsFunctions): Promise<string | undefined> {
	const room = String(this.getCurrentNodeParameter('room', { extractValue: true }) ?? '').trim();
	if (/^https?:\/\//i.test(room)) {
		const found = await findRoomByUrl.call(this, room);
		return found ? String(found.id) : undefined;
	}
	return /^[0-9]+$/.test(room) ? room : undefined;
}

/** The sessions of the room in the Room field (GET /conferences/:room_id/sessions), newest first. */
export async function sessionOptions(this: ILoadOptionsFunctions): Promise<INodeListSearchItems[]> {
	const roomId = await currentRoomId.call(this);
	if (roomId === undefined) return [];
	const sessions = await getList.call(this, path`/conferences/${roomId}/sessions`);
	return sessions
		.sort(
			(a, b) =>
				Date.parse(String(b.start_date)) - Date.parse(String(a.start_date)) ||
				Number(b.id) - Number(a.id),
		)
		.map((session) => {
			const visitors = Number(session.total_visitors ?? 0);
			return {
				name: `${when(session.start_date)} – ${when(session.end_date).slice(11)} (ID ${String(session.id)})`,
				value: String(session.id),
				description: `${visitors} visitor${visitors === 1 ? '' : 's'}`,
			};
		});
}
