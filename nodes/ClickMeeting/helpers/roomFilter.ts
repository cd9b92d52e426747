import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { checkChoice, invalid } from './checks';
import { flag } from './room';
import { apiRequestAllPages } from '../transport';

/** The Filters of Room → Get Many. */
export interface RoomFilters {
	/** lower-cased, trimmed; matched anywhere in the room name, case-insensitive */
	nameContains?: string;
	roomType?: 'meeting' | 'webinar';
	registrationEnabled?: boolean;
}

const ROOM_TYPES = ['meeting', 'webinar'] as const;

/** Reads the Filters collection and checks it before any request; undefined when no filter is set. */
export function readRoomFilters(
	this: IExecuteFunctions,
	itemIndex: number,
): RoomFilters | undefined {
	const raw = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const filters: RoomFilters = {};
	if (raw.nameContains !== undefined && String(raw.nameContains).trim() !== '') {
		filters.nameContains = String(raw.nameContains).trim().toLowerCase();
	}
	if (raw.roomType !== undefined && raw.roomType !== '') {
		filters.roomType = checkChoice(this, itemIndex, raw.roomType, 'Room Type', ROOM_TYPES);
	}
	if (raw.registrationEnabled !== undefined) {
		if (typeof raw.registrationEnabled !== 'boolean') {
			throw invalid(
				this,
				itemIndex,
				'Registration Enabled',
				`must be true or false, got "${String(raw.registrationEnabled)}"`,
			);
		}
		filters.registrationEnabled = raw.registrationEnabled;
	}
	return Object.keys(filters).length ? filters : undefined;
}

export function matchesRoom(room: IDataObject, filters: RoomFilters): boolean {
	if (
		filters.nameContains !== undefined &&
		!String(room.name ?? '')
			.toLowerCase()
			.includes(filters.nameContains)
	) {
		return false;
	}
	if (filters.roomType !== undefined && room.room_type !== filters.roomType) return false;
	if (
		filters.registrationEnabled !== undefined &&
		(flag(room.registration_enabled) ?? false) !== filters.registrationEnabled
	) {
		return false;
	}
	return true;
}

/**
 * GET /conferences/active or /conferences/inactive page by page (250 a page), keeping the rooms that
 * match as each page arrives, so a Limit stops reading once enough rooms matched. The paging guards are
 * the transport's: a repeated page ends the active list (an API ignoring `page`) and is an error for
 * inactive rooms; more than PAGE_CAP full pages is an error.
 */
export async function filteredRooms(
	this: IExecuteFunctions,
	itemIndex: number,
	status: 'active' | 'inactive',
	filters: RoomFilters,
	limit?: number,
): Promise<IDataObject[]> {
	return await apiRequestAllPages.call(
		this,
		{ endpoint: `/conferences/${status}`, itemIndex },
		limit,
		{
			onRepeat: status === 'active' ? 'stop' : 'error',
			filter: (room) => matchesRoom(room, filters),
		},
	);
}
