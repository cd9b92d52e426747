/**
 * Attendance scenarios for tests: a room with sessions whose attendee lists and registrations
 * overlap (registrants who attend, who miss it, walk-ins who never registered, rejoins under a
 * differently cased e-mail), ratings (null for hosts and presenters, as recorded), polls; and
 * rooms created over time / scheduled rooms starting soon.
 */
import type { Attendee, Poll, Room, RoomType, Session, SimulatorState } from './state';

const MINUTE = 60_000;

export interface AttendanceOptions {
	room_id?: number;
	/** the first session's start, epoch ms (default: two hours ago, to the minute) */
	start?: number;
	/** sessions to create, one day apart (default 2) */
	sessions?: number;
}

export interface AttendanceScenario {
	room: Room;
	sessions: Session[];
	/** registration ids per session id */
	registrations: Record<number, number[]>;
}

const POLL: Poll[] = [
	{
		name: 'Feedback',
		questions: [
			{ question: 'How useful was it?', answers: [{ points: 5, value: 'Very useful' }] },
			{
				question: 'Topics?',
				answers: [
					{ points: 1, value: 'APIs' },
					{ points: 2, value: 'Automations' },
				],
			},
		],
	},
];
const POLL_OTHER: Poll[] = [
	{
		name: 'Feedback',
		questions: [
			{ question: 'How useful was it?', answers: [{ points: 3, value: 'Somewhat' }] },
			{ question: 'Topics?', answers: [{ points: 1, value: 'APIs' }] },
		],
	},
];

/** One attendee row: e-mail, nickname, role, rating, rating comment, minutes from S in and out, polls. */
type AttendeeRow = [
	email: string,
	nickname: string,
	role: Attendee['role'],
	rating: string | null,
	ratingComment: string | null,
	from: number,
	to: number,
	polls?: Poll[],
];

/** The attendees of session `k`, as listed below. */
const attendeesOfSession = (k: number): AttendeeRow[] => [
	['host@example.com', 'Host', 'host', null, null, 0, 60],
	[`reg.a.${k}@example.com`, `A${k}`, 'listener', '5', 'Great', 2, 58, POLL],
	[`reg.b.${k}@example.com`, `B${k}`, 'listener', '4', '', 5, 20, POLL_OTHER],
	[`walkin.${k}@example.com`, `W${k}`, 'listener', '2', 'Too fast', 10, 25, POLL_OTHER],
	[`REG.B.${k}@Example.com`, `B${k}`, 'listener', null, null, 30, 50],
	[`presenter.${k}@example.com`, `P${k}`, 'presenter', null, null, 0, 60],
];

/**
 * Per session `k` (0-based), with start S:
 * - host@example.com: host, S..S+60, rating null
 * - reg.a.k@example.com: registered, attends S+2..S+58, rating "5", poll
 * - reg.b.k@example.com: registered, attends S+5..S+20 and rejoins as REG.B.k@Example.com S+30..S+50, ratings "4" then null, poll
 * - reg.c.k@example.com: registered, never attends (no-show)
 * - reg.d.k@example.com: registered, never attends (no-show)
 * - walkin.k@example.com: not registered, attends S+10..S+25, rating "2", other poll
 * - presenter.k@example.com: presenter, S..S+60, rating null
 * Plus, on the room, one registration without a session (`nosession@example.com`).
 */
export function seedAttendance(
	state: SimulatorState,
	opts: AttendanceOptions = {},
): AttendanceScenario {
	const start0 =
		opts.start ??
		Math.floor((Date.now() - 2 * 60 * MINUTE) / MINUTE) * MINUTE -
			(Math.max(1, opts.sessions ?? 2) - 1) * 24 * 60 * MINUTE;
	const room =
		opts.room_id !== undefined
			? state.rooms.get(opts.room_id)
			: state.addRoom({
					name: 'Attendance Webinar',
					room_type: 'webinar',
					registration_enabled: true,
					timezone: 'UTC',
				});
	if (!room) throw new Error(`Unknown room ${String(opts.room_id)}`);
	const sessions: Session[] = [];
	const registrations: Record<number, number[]> = {};
	const count = Math.max(1, opts.sessions ?? 2);
	for (let k = 0; k < count; k++) {
		const S = start0 + k * 24 * 60 * MINUTE;
		const at = (m: number): number => S + m * MINUTE;
		const attendees = attendeesOfSession(k).map(
			([email, nickname, role, rating, rating_comment, from, to, polls]): Partial<Attendee> => ({
				email,
				nickname,
				role,
				rating,
				rating_comment,
				start_date: at(from),
				end_date: at(to),
				...(polls ? { polls } : {}),
			}),
		);
		const session = state.addSession(room.id, { start_date: S, end_date: at(60), attendees });
		sessions.push(session);
		registrations[session.id] = ['a', 'b', 'c', 'd'].map(
			(letter, i) =>
				state.addRegistration(room.id, {
					email: `reg.${letter}.${k}@example.com`,
					firstname: letter.toUpperCase(),
					lastname: `Session${k}`,
					session_id: session.id,
					registration_date: S - (i + 1) * 60 * MINUTE,
				}).id,
		);
	}
	state.addRegistration(room.id, {
		email: 'nosession@example.com',
		firstname: 'No',
		lastname: 'Session',
		session_id: null,
		registration_date: start0 - 5 * 60 * MINUTE,
	});
	return { room, sessions, registrations };
}

export interface RoomsOverTimeOptions {
	count: number;
	/** the first room's created_at, epoch ms (default: count minutes ago) */
	from?: number;
	/** ms between creations (default one minute) */
	step?: number;
	/** minutes from now of the first room's starts_at; each next room starts `startStep` minutes later (default 30, 15) */
	startsInMinutes?: number;
	startStep?: number;
}

/**
 * Scheduled rooms created `step` apart, alternating meeting / webinar, registration on every other one,
 * `starts_at` in the near future.
 */
export function seedRoomsOverTime(state: SimulatorState, opts: RoomsOverTimeOptions): Room[] {
	const now = Math.floor(Date.now() / 1000) * 1000;
	const step = opts.step ?? MINUTE;
	const from = opts.from ?? now - opts.count * step;
	const startsIn = opts.startsInMinutes ?? 30;
	const startStep = opts.startStep ?? 15;
	const rooms: Room[] = [];
	for (let i = 0; i < opts.count; i++) {
		const type: RoomType = i % 2 === 0 ? 'meeting' : 'webinar';
		const startsAt = Math.floor((now + (startsIn + i * startStep) * MINUTE) / MINUTE) * MINUTE;
		rooms.push(
			state.addRoom({
				name: `Scheduled ${type} ${i + 1}`,
				room_type: type,
				permanent_room: false,
				registration_enabled: i % 4 === 1 || i % 4 === 2,
				created_at: from + i * step,
				updated_at: from + i * step,
				starts_at: startsAt,
				ends_at: startsAt + 60 * MINUTE,
				timezone: 'UTC',
			}),
		);
	}
	return rooms;
}

/**
 * Moves a scheduled room's start (and its end, keeping the length), as when the host reschedules
 * it; `updated_at` follows. Returns the room.
 */
export function moveRoomStart(state: SimulatorState, roomId: number, startsAt: number): Room {
	const room = state.rooms.get(roomId);
	if (!room) throw new Error(`Unknown room ${roomId}`);
	const length = Math.max(0, room.ends_at - room.starts_at);
	room.permanent_room = false;
	room.starts_at = startsAt;
	room.ends_at = startsAt + length;
	room.updated_at = Math.max(room.updated_at, Math.floor(Date.now() / 1000) * 1000);
	return room;
}

/** A scheduled room starting `minutes` from now (to the second), `length` minutes long. */
export function addScheduledRoom(
	state: SimulatorState,
	minutes: number,
	partial: Partial<Room> = {},
	length = 60,
): Room {
	const startsAt = Math.floor((Date.now() + minutes * MINUTE) / 1000) * 1000;
	return state.addRoom({
		name: `Starts in ${minutes} min`,
		permanent_room: false,
		...partial,
		starts_at: startsAt,
		ends_at: startsAt + length * MINUTE,
	});
}
