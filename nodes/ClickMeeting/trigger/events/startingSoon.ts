import type { IDataObject } from 'n8n-workflow';

import { parseDate } from '../cursor';
import type { ListEventSource } from '../engine';

const MINUTE = 60_000;

/**
 * Room Starting Soon: a scheduled room of the watched rooms whose `starts_at` is within the lead
 * time from now, once per room and start time: a start that moves fires again. This event compares
 * the room's start with n8n's clock by nature (every other event keeps its cursors from
 * ClickMeeting's data); the cursor per room is the start time last emitted, kept while the room is
 * still due at it (a start moved out of the lead time and back fires again). A start already past
 * is not emitted. No request beyond the room list.
 */
export function startingSoonEvent(leadMinutes: number): ListEventSource {
	const lead = leadMinutes * MINUTE;
	return {
		rule: 'changed',
		canHaveNews: () => true,
		fetch: async (room) => [room.entry],
		position(entry, now) {
			if (entry.permanent_room === true || entry.permanent_room === 1) return undefined;
			const start = parseDate(entry.starts_at);
			const id = Number(entry.id);
			if (start === undefined || !Number.isSafeInteger(id)) return undefined;
			if (start <= now || start > now + lead) return undefined;
			return { key: start, id };
		},
		toJson: (entry, room, now): IDataObject => {
			const start = parseDate(entry.starts_at) ?? now;
			return {
				...entry,
				room_id: room.id,
				room_name: room.name,
				room_url: room.url,
				minutes_to_start: Math.max(0, Math.round((start - now) / MINUTE)),
			};
		},
		noneMessage: 'No watched room is scheduled to start within the lead time',
	};
}
