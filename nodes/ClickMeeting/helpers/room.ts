import type { IDataObject, IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';

import type { ClickMeetingContext } from '../transport';
import { apiRequestAllPages } from '../transport';
import { checkId, invalid } from './checks';
import type { OutputChoice } from './output';
import { shapeOutput } from './output';

/** A room URL reduced to host and path, lower case, for comparing URLs of one room. */
export function normalizeUrl(url: string): string {
	return url
		.trim()
		.replace(/^https?:\/\//i, '')
		.replace(/[?#].*$/, '')
		.replace(/\/+$/, '')
		.toLowerCase();
}

/**
 * The host's ready login, `<room_url>?l=<autologin_hash>`, when the room carries one (ClickMeeting's
 * rooms have `autologin_hash` and `autologin_hashes.host`); undefined otherwise.
 */
export function hostLoginUrl(room: IDataObject): string | undefined {
	const hashes = room.autologin_hashes as IDataObject | undefined;
	const hash =
		room.autologin_hash ?? (hashes && typeof hashes === 'object' ? hashes.host : undefined);
	const url = room.room_url;
	if (
		typeof hash !== 'string' ||
		!hash.trim() ||
		typeof url !== 'string' ||
		!/^https?:\/\//i.test(url)
	)
		return undefined;
	return `${url.replace(/[?#].*$/, '')}?l=${encodeURIComponent(hash.trim())}`;
}

/** A 0/1, "0"/"1" or true/false flag of a ClickMeeting answer as a boolean (undefined when absent). */
export function flag(value: unknown): boolean | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return value === true || value === 1 || value === '1' || String(value).toLowerCase() === 'true';
}

/**
 * GET /conferences/active, every page: ClickMeeting's clients send `page` here too, so pages are
 * read while a page is full (250), stopping when a page repeats ids (an API that ignores `page`).
 */
export async function activeRooms(
	this: ClickMeetingContext,
	itemIndex?: number,
	limit?: number,
): Promise<IDataObject[]> {
	return await apiRequestAllPages.call(
		this,
		{ endpoint: '/conferences/active', itemIndex },
		limit,
		{ onRepeat: 'stop' },
	);
}

/**
 * The one room-URL rule: a room matches a URL when its room_url is the same URL (scheme, query,
 * fragment, trailing slashes and case ignored), or when the URL is an embed link whose `r=` is the
 * room's `embed_room_url` one. The action's Room field and the trigger's Rooms both use it.
 */
export function roomUrlMatcher(url: string): (room: IDataObject) => boolean {
	const wanted = normalizeUrl(url);
	const embedR = /[?&]r=([^&#]+)/.exec(url)?.[1];
	return (room) =>
		normalizeUrl(String(room.room_url ?? '')) === wanted ||
		(embedR !== undefined && String(room.embed_room_url ?? '').includes(`r=${embedR}`));
}

/** The room object of an answer: `{"room":{...}}` (create) or `{"conference":{...}}` (get, update). */
export function unwrapRoom(answer: unknown): IDataObject {
	const data = (answer ?? {}) as IDataObject;
	return ((data.room ?? data.conference ?? data) as IDataObject) ?? {};
}

/** The room with `host_login_url` (the host's ready login) added when the room carries an auto-login hash. */
export function withHostLogin(room: IDataObject): IDataObject {
	const url = hostLoginUrl(room);
	return url === undefined ? room : { ...room, host_login_url: url };
}

/** Finds the room whose room_url or embed_room_url is `url`, among active, then inactive rooms. */
export async function findRoomByUrl(
	this: ClickMeetingContext,
	url: string,
	itemIndex?: number,
): Promise<IDataObject | undefined> {
	const matches = roomUrlMatcher(url);
	const found = (await activeRooms.call(this, itemIndex)).find(matches);
	if (found) return found;
	const inactive = await apiRequestAllPages.call(this, {
		endpoint: '/conferences/inactive',
		itemIndex,
	});
	return inactive.find(matches);
}

/**
 * Reads a room resource-locator parameter and returns the room ID as a number. An ID is
 * checked before any request; a URL is looked up in the account's rooms.
 */
export async function getRoomId(
	this: IExecuteFunctions,
	itemIndex: number,
	parameterName = 'room',
): Promise<number> {
	const locator = this.getNodeParameter(parameterName, itemIndex) as
		| INodeParameterResourceLocator
		| string
		| number;
	const mode = typeof locator === 'object' ? locator.mode : 'id';
	const raw = String(typeof locator === 'object' ? (locator.value ?? '') : locator).trim();
	if (raw && (mode === 'url' || /^https?:\/\//i.test(raw))) {
		const room = await findRoomByUrl.call(this, raw, itemIndex);
		if (!room) {
			throw invalid(
				this,
				itemIndex,
				'Room',
				`has a URL that no room of this account has: "${raw}"`,
				'Check the URL, or pick the room from the list.',
			);
		}
		return Number(room.id);
	}
	return checkId(this, itemIndex, raw, 'Room', 'room', ': pick a room, or give its ID or URL');
}

const SIMPLE_KEYS = [
	'id',
	'name',
	'room_url',
	'room_type',
	'access_type',
	'status',
	'starts_at',
	'ends_at',
	'timezone',
];

/**
 * The fields most workflows need: `lobby_enabled` and `registration_enabled` as booleans (ClickMeeting
 * sends true/false for one and 0/1 for the other), and `host_login_url` when the room carries the
 * host's auto-login hash.
 */
export function simplifyRoom(room: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of SIMPLE_KEYS) if (room[key] !== undefined) out[key] = room[key];
	for (const key of ['lobby_enabled', 'registration_enabled']) {
		const value = flag(room[key]);
		if (value !== undefined) out[key] = value;
	}
	const login = hostLoginUrl(room);
	if (login !== undefined) out.host_login_url = login;
	return out;
}

/**
 * The output item of a room answer (get, create, update): the room unwrapped from `room`/`conference`,
 * with `host_login_url` when ClickMeeting sent the host's auto-login hash, in the Output form chosen
 * (Simplified, Raw, or Selected Fields; read with `readOutput` before the request).
 */
export function roomOutput(output: OutputChoice, answer: unknown): IDataObject {
	return shapeOutput(output, withHostLogin(unwrapRoom(answer)), simplifyRoom);
}
