import type { IDataObject, INodeParameterResourceLocator, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { activeRooms, flag, normalizeUrl } from '../helpers/room';

export interface WatchedRoom {
	id: number;
	name: string;
	url: string;
	registrationEnabled: boolean;
}

interface RoomChoice {
	room?: INodeParameterResourceLocator | string | number;
}

function toWatched(room: IDataObject): WatchedRoom {
	return {
		id: Number(room.id),
		name: String(room.name ?? ''),
		url: String(room.room_url ?? ''),
		registrationEnabled: flag(room.registration_enabled) === true,
	};
}

/** The chosen rooms as the user wrote them, for the state's config fingerprint. */
export function chosenRooms(this: IPollFunctions): string[] {
	const choices = this.getNodeParameter('rooms.roomValues', []) as RoomChoice[];
	return choices.map((choice) => {
		const locator = choice.room;
		if (locator && typeof locator === 'object')
			return `${locator.mode}:${String(locator.value ?? '').trim()}`;
		return `id:${String(locator ?? '').trim()}`;
	});
}

/**
 * Lists the account's active rooms (GET /conferences/active: one request, more only while pages are
 * full of 250, stopping at a page that repeats ids) and keeps the watched ones: all of them, or
 * the chosen ones. A chosen room that is not active now is skipped until it is active again
 * (its cursor is kept, so nothing is lost); a chosen URL that matches no active room is an error.
 */
export async function getWatchedRooms(this: IPollFunctions): Promise<WatchedRoom[]> {
	const active = (await activeRooms.call(this))
		.filter((room) => room && room.id !== undefined && room.id !== null)
		.map((room) => ({ raw: room, watched: toWatched(room) }));

	const watch = this.getNodeParameter('watch', 'all') as string;
	if (watch !== 'selected') return active.map((room) => room.watched).sort((a, b) => a.id - b.id);

	const choices = chosenRooms.call(this);
	if (choices.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'No room chosen: add at least one room under "Rooms"',
			{
				description: 'Or set "Watch" to "All Active Rooms".',
			},
		);
	}
	const ids = new Set<number>();
	for (const choice of choices) {
		const [mode, ...rest] = choice.split(':');
		const value = rest.join(':');
		if (mode === 'url' || /^https?:\/\//i.test(value)) {
			const wanted = normalizeUrl(value);
			const embedR = /[?&]r=([^&#]+)/.exec(value)?.[1];
			const found = active.find(
				({ raw }) =>
					normalizeUrl(String(raw.room_url ?? '')) === wanted ||
					(embedR !== undefined && String(raw.embed_room_url ?? '').includes(`r=${embedR}`)),
			);
			if (!found) {
				throw new NodeOperationError(
					this.getNode(),
					`No active room has the URL "${value}" (field "Rooms")`,
					{
						description: 'Check the URL, or pick the room from the list.',
					},
				);
			}
			ids.add(found.watched.id);
		} else if (/^\s*[0-9]+\s*$/.test(value)) {
			ids.add(Number(value));
		} else {
			throw new NodeOperationError(
				this.getNode(),
				`The room "${value}" is not a room ID (field "Rooms")`,
				{
					description: 'Pick the room from the list, or give its numeric ID or its URL.',
				},
			);
		}
	}
	return active
		.map((room) => room.watched)
		.filter((room) => ids.has(room.id))
		.sort((a, b) => a.id - b.id);
}

/** Room fields added to every output item. */
export function roomFields(room: WatchedRoom | undefined, roomId: number): IDataObject {
	return { room_id: roomId, room_name: room?.name ?? null, room_url: room?.url ?? null };
}
