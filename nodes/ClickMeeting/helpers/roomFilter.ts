import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { flag } from './room';
import { apiRequest, PAGE_CAP, PAGE_SIZE } from '../transport';

/** The Filters of Room → Get Many. */
export interface RoomFilters {
	/** lower-cased, trimmed; matched anywhere in the room name, case-insensitive */
	nameContains?: string;
	roomType?: 'meeting' | 'webinar';
	registrationEnabled?: boolean;
}

/** Reads the Filters collection and checks it before any request; undefined when no filter is set. */
export function readRoomFilters(this: IExecuteFunctions, itemIndex: number): RoomFilters | undefined {
	const raw = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const filters: RoomFilters = {};
	if (raw.nameContains !== undefined && String(raw.nameContains).trim() !== '') {
		filters.nameContains = String(raw.nameContains).trim().toLowerCase();
	}
	if (raw.roomType !== undefined && raw.roomType !== '') {
		if (raw.roomType !== 'meeting' && raw.roomType !== 'webinar') {
			throw new NodeOperationError(
				this.getNode(),
				`The "Room Type" filter must be "meeting" or "webinar", got "${String(raw.roomType)}"`,
				{ itemIndex },
			);
		}
		filters.roomType = raw.roomType;
	}
	if (raw.registrationEnabled !== undefined) {
		if (typeof raw.registrationEnabled !== 'boolean') {
			throw new NodeOperationError(
				this.getNode(),
				`The "Registration Enabled" filter must be true or false, got "${String(raw.registrationEnabled)}"`,
				{ itemIndex },
			);
		}
		filters.registrationEnabled = raw.registrationEnabled;
	}
	return Object.keys(filters).length ? filters : undefined;
}

export function matchesRoom(room: IDataObject, filters: RoomFilters): boolean {
	if (filters.nameContains !== undefined && !String(room.name ?? '').toLowerCase().includes(filters.nameContains)) {
		return false;
	}
	if (filters.roomType !== undefined && room.room_type !== filters.roomType) return false;
	if (filters.registrationEnabled !== undefined && (flag(room.registration_enabled) ?? false) !== filters.registrationEnabled) {
		return false;
	}
	return true;
}

/**
 * GET /conferences/active or /conferences/inactive page by page (250 a page), keeping the rooms that
 * match as each page arrives, so a Limit stops reading once enough rooms matched. The same guards as the
 * unfiltered list: a page repeating rooms already read ends the active list (an API ignoring `page`) and
 * is an error for inactive rooms; more than PAGE_CAP full pages is an error.
 */
export async function filteredRooms(
	this: IExecuteFunctions,
	itemIndex: number,
	status: 'active' | 'inactive',
	filters: RoomFilters,
	limit?: number,
): Promise<IDataObject[]> {
	const endpoint = `/conferences/${status}`;
	const matched: IDataObject[] = [];
	const seen = new Set<string>();
	for (let page = 1; page <= PAGE_CAP; page++) {
		const answer = await apiRequest.call(this, { method: 'GET', endpoint, qs: { page }, itemIndex, expect: 'list' });
		const rooms = Array.isArray(answer) ? (answer as IDataObject[]) : [];
		const ids = rooms.map((room) => (room.id === undefined || room.id === null ? undefined : String(room.id)));
		if (page > 1 && rooms.length > 0 && ids.every((id) => id !== undefined && seen.has(id))) {
			if (status === 'active') return matched;
			throw new NodeApiError(
				this.getNode(),
				{ message: `page ${page} repeats entries already read` },
				{
					message: `ClickMeeting GET ${endpoint} repeated a page: page ${page} holds only rooms already read, so the API ignores \`page\``,
					description: 'Stopped instead of reading the same rooms forever. Use a Limit instead of Return All, or try again later.',
					itemIndex,
				},
			);
		}
		rooms.forEach((room, index) => {
			const id = ids[index];
			if (id !== undefined) {
				if (seen.has(id)) return;
				seen.add(id);
			}
			if ((limit === undefined || matched.length < limit) && matchesRoom(room, filters)) matched.push(room);
		});
		if (limit !== undefined && matched.length >= limit) return matched;
		if (rooms.length < PAGE_SIZE) return matched;
	}
	throw new NodeApiError(
		this.getNode(),
		{ message: `more than ${PAGE_CAP} pages` },
		{
			message: `ClickMeeting GET ${endpoint} returned more than ${PAGE_CAP} full pages: stopped`,
			description: 'No real account has that many. The API probably ignores the page parameter; use a Limit instead of Return All.',
			itemIndex,
		},
	);
}
