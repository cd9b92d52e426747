import type { IDataObject, IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ClickMeetingContext } from '../transport';
import { apiRequestAllPages } from '../transport';

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

/** Finds the room whose room_url or embed_room_url is `url`, among active, then inactive rooms. */
export async function findRoomByUrl(
	this: ClickMeetingContext,
	url: string,
	itemIndex?: number,
): Promise<IDataObject | undefined> {
	const wanted = normalizeUrl(url);
	const embedR = /[?&]r=([^&#]+)/.exec(url)?.[1];
	const matches = (room: IDataObject) =>
		normalizeUrl(String(room.room_url ?? '')) === wanted ||
		(embedR !== undefined && String(room.embed_room_url ?? '').includes(`r=${embedR}`));
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
	if (!raw) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Room" field is empty: pick a room, or give its ID or URL`,
			{
				itemIndex,
			},
		);
	}
	if (mode === 'url' || /^https?:\/\//i.test(raw)) {
		const room = await findRoomByUrl.call(this, raw, itemIndex);
		if (!room) {
			throw new NodeOperationError(
				this.getNode(),
				`No room of this account has the URL "${raw}" (field "Room")`,
				{ itemIndex, description: 'Check the URL, or pick the room from the list.' },
			);
		}
		return Number(room.id);
	}
	if (!/^[0-9]+$/.test(raw)) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Room" field must be a numeric room ID, got "${raw}"`,
			{
				itemIndex,
			},
		);
	}
	if (!Number.isSafeInteger(Number(raw))) {
		throw new NodeOperationError(
			this.getNode(),
			`The "Room" field is larger than any ClickMeeting room ID: "${raw}"`,
			{
				itemIndex,
				description:
					'Above 2^53 the digits would not be kept exactly, i.e. another room would be sent.',
			},
		);
	}
	return Number(raw);
}
