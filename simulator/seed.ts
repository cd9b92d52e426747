/**
 * Seed data: the account's fixed lists (skins, phone gateways), a room's default settings, the demo
 * account (`seed: true`) and fast bulk rooms for benchmarks.
 */
import { randomCode, tinyPng } from './content';
import type { SimulatorState } from './state';
import { DAY, HOUR, MINUTE, nowToSecond } from './time';
import type { Attendee, PhoneGateway, Poll, Room, RoomSettings, RoomStatus, Skin } from './types';

export const DEFAULT_TIMEZONE = 'America/New_York';
/** https://<account>.<domain>/<name_url> as recorded; a .test domain, so nothing can reach a real host. */
export const ROOM_HOST = 'https://sim.clickmeeting.test';

export const SKINS: Skin[] = [
	['1', 'Business 1', 'business_1'],
	['2', 'Business 2', 'business_2'],
	['3', 'Education', 'education'],
	['4', 'Modern Dark', 'modern_dark'],
	['5', 'Spring', 'spring'],
].map(([id, name, dir]) => ({
	id,
	name,
	thumbnail_url: `http://panel.sim.clickmeeting.test/images/conferences/skin_templates/${dir}/preview.png`,
}));

/** code, location, number, latitude, longitude */
const GATEWAYS: Array<[string, string, string, string, string]> = [
	['US', 'New York', '+1 (646) 555-0101', '40.712776', '-74.005974'],
	['US', 'Los Angeles', '+1 (213) 555-0102', '34.052235', '-118.243683'],
	['PL', 'Warsaw', '+48 22 555 01 03', '52.229675', '21.012230'],
	['GB', 'London', '+44 20 5550 0104', '51.507351', '-0.127758'],
	['DE', 'Berlin', '+49 30 5550 0105', '52.520008', '13.404954'],
	['FR', 'Paris', '+33 1 55 50 01 06', '48.856613', '2.352222'],
	['AU', 'Sydney', '+61 2 5550 0107', '-33.868820', '151.209290'],
];
export const PHONE_GATEWAYS: PhoneGateway[] = GATEWAYS.map(
	([code, location, value, lat, long]) => ({
		code,
		location,
		value,
		geo: { lat, long },
	}),
);

export function defaultSettings(): RoomSettings {
	return {
		show_on_personal_page: true,
		thank_you_emails_enabled: true,
		connection_tester_enabled: true,
		recorder_autostart_enabled: false,
		room_invite_button_enabled: true,
		social_media_sharing_enabled: true,
		connection_status_enabled: true,
	};
}

/** Fast bulk seeding for benchmarks: pins and hashes derived from the id, no randomness. */
export function seedBulkRooms(
	state: SimulatorState,
	count: number,
	opts: { status?: RoomStatus; registrationEnabled?: boolean } = {},
): Room[] {
	const now = nowToSecond();
	return Array.from({ length: count }, (_, i) => {
		const id = state.nextId('room');
		const hash = (id * 2654435761).toString(36);
		return state.addRoom({
			id,
			name: `Bench Room ${id}`,
			name_url: state.uniqueNameUrl(`bench_room_${id}`),
			room_type: i % 3 === 0 ? 'webinar' : 'meeting',
			permanent_room: i % 2 === 0,
			status: opts.status ?? 'active',
			registration_enabled: opts.registrationEnabled ?? false,
			room_pin: 100_000_000 + ((id * 7919) % 900_000_000),
			phone_presenter_pin: 100_000 + ((id * 104_729) % 900_000),
			phone_listener_pin: 100_000 + ((id * 15_485_863) % 900_000),
			widgets_hash: hash.slice(-6).padStart(6, '0'),
			autologin_hash: `${hash}${'A'.repeat(40)}__`,
			created_at: now - (count - i) * 1000,
			updated_at: now,
			starts_at: now + DAY,
			ends_at: now + DAY + HOUR,
		});
	});
}

const DEMO_POLL: Poll[] = [
	{
		name: 'Product feedback',
		questions: [
			{ question: 'How useful was the demo?', answers: [{ points: 5, value: 'Very useful' }] },
			{
				question: 'Which feature do you need most?',
				answers: [{ points: 0, value: 'Automations' }],
			},
		],
	},
];

/** n attendees: the first a presenter (null ratings, as recorded), every second listener with polls. */
function demoAttendees(n: number, withPolls: boolean): Array<Partial<Attendee>> {
	return Array.from({ length: n }, (_, i) => ({
		email: `attendee${i + 1}@example.com`,
		nickname: `Attendee ${i + 1}`,
		role: i === 0 ? ('presenter' as const) : ('listener' as const),
		rating: i === 0 ? null : String(5 - (i % 3)),
		rating_comment: i === 0 ? null : i % 2 === 0 ? 'Great session.' : '',
		...(withPolls && i % 2 === 1 ? { polls: DEMO_POLL } : {}),
	}));
}

/**
 * A small demo account: active rooms, a webinar with registration, a password room, a token room
 * with tokens, an inactive room, ended sessions with attendees and polls, registrations (two in the
 * same second), files, recordings, chats and contacts.
 */
export function seedDemo(state: SimulatorState): void {
	const now = nowToSecond();
	const at = (offset: number): number => Math.floor((now + offset) / MINUTE) * MINUTE;
	const team = state.addRoom({
		name: 'Weekly Team Meeting',
		room_type: 'meeting',
		permanent_room: true,
		lobby_description: 'Grab a coffee, we start in a minute.',
		timezone: 'Europe/Warsaw',
		created_at: at(-60 * DAY),
		updated_at: at(-30 * DAY),
		recorder_list: [`http://recorder.sim.clickmeeting.test/?st=${randomCode(22)}&e=1`],
	});
	const webinar = state.addRoom({
		name: 'Product Launch Webinar',
		room_type: 'webinar',
		permanent_room: false,
		lobby_description: 'The webinar starts soon.',
		timezone: 'America/New_York',
		registration_enabled: true,
		registration_template: 2,
		skin_id: 1,
		created_at: at(-20 * DAY),
		updated_at: at(-2 * DAY),
		starts_at: at(7 * DAY),
		ends_at: at(7 * DAY + 90 * MINUTE),
	});
	state.addRoom({
		name: 'Board Meeting',
		room_type: 'meeting',
		access_type: 2,
		password: 'board-2024',
		permanent_room: true,
		timezone: 'Europe/London',
		created_at: at(-90 * DAY),
	});
	const vip = state.addRoom({
		name: 'VIP Masterclass',
		room_type: 'webinar',
		access_type: 3,
		permanent_room: false,
		timezone: 'Europe/Berlin',
		created_at: at(-10 * DAY),
		starts_at: at(3 * DAY),
		ends_at: at(3 * DAY + 2 * HOUR),
	});
	const old = state.addRoom({
		name: 'Kickoff 2023',
		room_type: 'meeting',
		status: 'inactive',
		permanent_room: false,
		timezone: 'UTC',
		created_at: at(-400 * DAY),
		starts_at: at(-380 * DAY),
		ends_at: at(-380 * DAY + HOUR),
	});

	/** room, start, length in minutes, attendees, with polls */
	const sessionPlan: Array<[Room, number, number, number, boolean]> = [
		[team, at(-14 * DAY), 55, 4, false],
		[team, at(-7 * DAY), 48, 3, true],
		[webinar, at(-5 * DAY), 80, 6, true],
		[old, old.starts_at, 60, 2, false],
	];
	const [t1, t2, w1] = sessionPlan.map(([room, start, minutes, n, polls]) =>
		state.addSession(room.id, {
			start_date: start,
			end_date: start + minutes * MINUTE,
			attendees: demoAttendees(n, polls),
		}),
	);

	// registrations: two to the past webinar session, four to the upcoming one (two share a second)
	const upcoming = state.upcomingSession(webinar.id).id;
	const shared = at(-DAY) + 17_000;
	/** first name, last name, session, registration date */
	const registrants: Array<[string, string, number, number]> = [
		['Anna', 'Nowak', w1.id, at(-6 * DAY)],
		['John', 'Smith', w1.id, at(-6 * DAY + HOUR)],
		['Maria', 'Garcia', upcoming, at(-2 * DAY)],
		['Li', 'Wei', upcoming, shared],
		['Olivia', 'Brown', upcoming, shared],
	];
	for (const [firstname, lastname, session_id, registration_date] of registrants)
		state.addRegistration(webinar.id, {
			firstname,
			lastname,
			email: `${firstname}.${lastname}@example.com`.toLowerCase(),
			session_id,
			registration_date,
		});
	state.addRegistration(webinar.id, {
		firstname: 'Lukas',
		lastname: 'Muller',
		email: 'lukas.muller@example.com',
		session_id: upcoming,
		registration_date: at(-3 * HOUR),
		fields: { Company: 'Acme GmbH' },
		registration_confirmed: at(-3 * HOUR) + 4000,
		http_referer: 'https://www.example.com/launch',
		geo: { country: 'DE', city: 'Berlin' },
	});

	const tokens = state.generateTokens(vip.id, 5);
	tokens[0].sent_to_email = 'vip1@example.com';
	Object.assign(tokens[1], {
		sent_to_email: 'vip2@example.com',
		first_use_date: at(-HOUR),
		used_by: 'vip2@example.com',
	});

	state.addFile(
		Buffer.from('ClickMeeting simulator demo agenda\n1. Welcome\n2. Product demo\n3. Q&A\n'),
		'agenda.txt',
	);
	state.addFile(tinyPng(), 'logo.png', undefined, 'image/png');
	state.addFile(
		Buffer.from('Slides placeholder\n'),
		'launch-slides.pdf',
		webinar.id,
		'application/pdf',
	);

	state.addRecording(team.id, { recording_duration: 2880, recorder_started: t1.start_date });
	state.addRecording(team.id, { recording_duration: 3000, recorder_started: t2.start_date });
	state.addRecording(webinar.id, { recording_duration: 4800, recorder_started: w1.start_date });

	state.addChat(t2.id);
	state.addChat(w1.id);

	for (const [firstname, lastname, country] of [
		['Anna', 'Nowak', 'PL'],
		['John', 'Smith', 'US'],
	]) {
		const email = `${firstname}.${lastname}@example.com`.toLowerCase();
		state.contacts.set(email, {
			email,
			firstname,
			lastname,
			phone: null,
			company: null,
			country,
			created_at: now,
			updated_at: now,
		});
	}
}
