import type { IDataObject } from 'n8n-workflow';

import { flag } from '../../helpers/room';
import { apiRequestAllPages } from '../../transport';
import { parseDate } from '../cursor';
import type { ListEventSource } from '../engine';

export type RoomTypeChoice = 'both' | 'meeting' | 'webinar';

export interface NewRoomOptions {
	roomType: RoomTypeChoice;
	/** Only rooms with registration enabled. */
	registrationOnly: boolean;
}

/**
 * New Room: a room that appears in GET /conferences/active (active or scheduled) created after
 * activation. The cursor is the room's `created_at` from ClickMeeting, then its id; the room list is
 * read anyway, so this event costs no request beyond it. One cursor for the account (not one per
 * room), so the state stays one entry however many rooms there are. The baseline also reads
 * GET /conferences/inactive (once, at activation), so that a room created before activation and
 * activated afterwards is not new. A room is judged by the
 * filters as listed: one that matches only later (registration switched on afterwards) is emitted
 * then, unless a room created after it was emitted in between.
 */
export function newRoomEvent(options: NewRoomOptions): ListEventSource {
	return {
		canHaveNews: () => true,
		group: () => 0,
		fetch: async (room) => [room.entry],
		async baselineEntries() {
			return await apiRequestAllPages.call(this, { endpoint: '/conferences/inactive' });
		},
		position(entry) {
			const key = parseDate(entry.created_at);
			const id = Number(entry.id);
			if (key === undefined || !Number.isSafeInteger(id)) return undefined;
			const type = String(entry.room_type ?? entry.type ?? '').toLowerCase();
			if (options.roomType !== 'both' && type !== options.roomType) return undefined;
			if (options.registrationOnly && flag(entry.registration_enabled) !== true) return undefined;
			return { key, id };
		},
		// the room as listed; room_id/room_name/room_url as on every other event's items
		toJson: (entry, room): IDataObject => ({
			...entry,
			room_id: room.id,
			room_name: room.name,
			room_url: room.url,
		}),
		noneMessage: 'No active room matches the filters (Room Type, Only With Registration)',
	};
}
