import type { IDataObject, INodeParameterResourceLocator, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { invalid } from '../helpers/checks';
import { activeRooms, flag, roomUrlMatcher } from '../helpers/room';

export interface WatchedRoom {
	id: number;
	name: string;
	url: string;
	registrationEnabled: boolean;
	/** The room as GET /conferences/active listed it. */
	entry: IDataObject;
}

/** A room the user chose under "Rooms", parsed once: by its ID, or by its URL. */
export type RoomChoice = { by: 'id'; id: number } | { by: 'url'; url: string };

function toWatched(room: IDataObject): WatchedRoom {
	return {
		id: Number(room.id),
		name: String(room.name ?? ''),
		url: String(room.room_url ?? ''),
		registrationEnabled: flag(room.registration_enabled) === true,
		entry: room,
	};
}

/**
 * The rooms chosen under "Rooms" (Watch: Selected Rooms), each parsed into an ID or a URL; the
 * same objects go into the state's config fingerprint. A value that is neither is an error.
 */
export function chosenRooms(this: IPollFunctions): RoomChoice[] {
	const values = this.getNodeParameter('rooms.roomValues', []) as Array<{
		room?: INodeParameterResourceLocator | string | number;
	}>;
	return values.map(({ room }) => {
		const mode = room && typeof room === 'object' ? room.mode : 'id';
		const value = String((room && typeof room === 'object' ? room.value : room) ?? '').trim();
		if (mode === 'url' || /^https?:\/\//i.test(value)) return { by: 'url', url: value };
		if (/^[0-9]+$/.test(value)) return { by: 'id', id: Number(value) };
		throw invalid(
			this,
			undefined,
			'Rooms',
			`must hold room IDs or URLs, got "${value}"`,
			'Pick the room from the list, or give its numeric ID or its URL.',
		);
	});
}

/**
 * Lists the account's active rooms (GET /conferences/active: one request, more only while pages are
 * full of 250, stopping at a page that repeats ids) and keeps the watched ones: all of them, or
 * the chosen ones. A chosen room that is not active now is skipped until it is active again
 * (its cursor is kept, so nothing is lost); a chosen URL that matches no active room is an error.
 */
export async function getWatchedRooms(this: IPollFunctions): Promise<WatchedRoom[]> {
	const active = (await activeRooms.call(this)).filter(
		(room) => room && room.id !== undefined && room.id !== null,
	);
	const all = active.map(toWatched).sort((a, b) => a.id - b.id);
	const watch = this.getNodeParameter('watch', 'all') as string;
	if (watch !== 'selected') return all;

	const choices = chosenRooms.call(this);
	if (choices.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'No room chosen: add at least one room under "Rooms"',
			{ description: 'Or set "Watch" to "All Active Rooms".' },
		);
	}
	const ids = new Set<number>();
	for (const choice of choices) {
		if (choice.by === 'id') {
			ids.add(choice.id);
			continue;
		}
		const found = active.find(roomUrlMatcher(choice.url));
		if (!found) {
			throw invalid(
				this,
				undefined,
				'Rooms',
				`must name active rooms, got the URL "${choice.url}", which no active room has`,
				'Check the URL, or pick the room from the list.',
			);
		}
		ids.add(Number(found.id));
	}
	return all.filter((room) => ids.has(room.id));
}

/** Room fields added to every output item. */
export function roomFields(room: WatchedRoom | undefined, roomId: number): IDataObject {
	return { room_id: roomId, room_name: room?.name ?? null, room_url: room?.url ?? null };
}
