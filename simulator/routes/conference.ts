/** Rooms (the node's Conference resource): list, skins, create, get, update, delete. */
import { slugify } from '../content';
import { ErrorItem, invalid } from '../errors';
import { SKINS, defaultSettings } from '../seed';
import type { SimulatorState } from '../state';
import { HOUR, nowToSecond } from '../time';
import { roomView } from '../views';
import { asInt, has } from './input';
import { applyTimes, readRoomInput } from './roomInput';
import { Answer, Ctx, deleted, ok, roomOf, route } from './route';

const PAGE_SIZE = 250;
const PASSWORD_NEEDED =
	'This value should not be blank when access_type is 2 (password protected).';

function activeRooms(state: SimulatorState): unknown[] {
	return [...state.rooms.values()]
		.filter((r) => r.status === 'active')
		.map((r) => roomView(state, r, 'list'));
}

/** 250 a page, `?page=1..n` (past the end: []); active rooms unpaged when `activeRoomsPaging` is 'ignored'. */
function listRooms(c: Ctx): Answer {
	const state = c.host.state;
	const status = c.params.status;
	if (status === 'active' && c.host.options.activeRoomsPaging === 'ignored')
		return ok(activeRooms(state));
	let page = 1;
	if (c.query.page !== undefined) {
		const p = asInt(c.query.page);
		if (p === undefined || p < 1)
			throw invalid([
				{ name: 'page', message: 'This value should be a positive integer (page=1..n).' },
			]);
		page = p;
	}
	const from = (page - 1) * PAGE_SIZE;
	const out: unknown[] = [];
	let i = 0;
	for (const r of state.rooms.values()) {
		if (r.status !== status) continue;
		if (i >= from) out.push(roomView(state, r, 'list'));
		if (++i >= from + PAGE_SIZE) break;
	}
	return ok(out);
}

function createRoom(c: Ctx): Answer {
	const state = c.host.state;
	const errors: ErrorItem[] = [];
	const input = readRoomInput(c.body, errors, true);
	if (input.access_type === 2 && !input.password)
		errors.push({ name: 'password', message: PASSWORD_NEEDED });
	const now = nowToSecond();
	const probe = {
		timezone: input.timezone ?? 'America/New_York',
		starts_at: now,
		ends_at: now + HOUR,
	};
	const times = applyTimes(probe, input, errors, true);
	if (errors.length) throw invalid(errors);
	const name = input.name as string;
	const room = state.addRoom({
		name,
		name_url: state.uniqueNameUrl(slugify(input.custom_room_url_name ?? name)),
		room_type: input.room_type,
		access_type: input.access_type,
		permanent_room: input.permanent_room ?? false,
		password: input.password ?? null,
		timezone: input.timezone,
		lobby_description: input.lobby_description ?? '',
		lobby_enabled: input.lobby_enabled ?? true,
		skin_id: input.skin_id ?? null,
		registration_enabled: input.registration_enabled ?? false,
		registration_template: input.registration_template ?? 1,
		settings: { ...defaultSettings(), ...(input.settings ?? {}) },
		created_at: now,
		updated_at: now,
		starts_at: times.starts,
		ends_at: times.ends,
	});
	return ok({ room: roomView(state, room, 'create') });
}

/** The fields an update copies onto the room as they are. */
const COPIED = [
	'name',
	'room_type',
	'access_type',
	'permanent_room',
	'password',
	'timezone',
	'lobby_description',
	'lobby_enabled',
	'skin_id',
	'registration_enabled',
	'registration_template',
	'status',
] as const;

function updateRoom(c: Ctx): Answer {
	const room = roomOf(c);
	const errors: ErrorItem[] = [];
	const input = readRoomInput(c.body, errors, false);
	if (
		(input.starts_at !== undefined || input.durationMinutes !== undefined) &&
		!has(c.body, 'permanent_room')
	)
		errors.push({
			name: 'permanent_room',
			message: 'This value is required when starts_at or duration is changed.',
		});
	if ((input.access_type ?? room.access_type) === 2 && !(input.password ?? room.password))
		errors.push({ name: 'password', message: PASSWORD_NEEDED });
	const times = applyTimes(room, input, errors, false);
	if (errors.length) throw invalid(errors);
	const changes = room as unknown as Record<string, unknown>;
	for (const key of COPIED) if (input[key] !== undefined) changes[key] = input[key];
	if (input.settings) Object.assign(room.settings, input.settings);
	if (times.starts !== undefined && times.ends !== undefined) {
		room.starts_at = times.starts;
		room.ends_at = times.ends;
	}
	room.updated_at = nowToSecond();
	return ok({ conference: roomView(c.host.state, room, 'update') });
}

export const conferenceRoutes = [
	route('GET /conferences/:status', listRooms, { status: 'active|inactive' }),
	// not in the reference; recorded answers: an object holding the active rooms
	route('GET /conferences', (c) => ok({ active_conferences: activeRooms(c.host.state) })),
	route('GET /conferences/skins', () => ok(SKINS.map((s) => ({ ...s })))),
	route('POST /conferences', createRoom),
	route('GET /conferences/:room_id', (c) =>
		ok({ conference: roomView(c.host.state, roomOf(c), 'get') }),
	),
	route('PUT /conferences/:room_id', updateRoom),
	route('DELETE /conferences/:room_id', (c) => {
		c.host.state.deleteRoom(roomOf(c).id);
		return deleted(c, { result: 'OK' });
	}),
];
