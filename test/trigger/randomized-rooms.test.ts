/**
 * New Room and Room Starting Soon over 200+ polls with random new rooms, moved starts, faults on
 * the room list and restarts, under both persistence models: every event is emitted exactly once
 * (zero lost, zero duplicated), nothing from before activation.
 */
import type { ClickMeetingSimulator, Room } from '../../simulator';
import { addScheduledRoom, moveRoomStart } from '../../simulator/attendance';
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import {
	baseSecond,
	drain,
	expectExactlyOnce,
	itExactlyOnce,
	prng,
	randomPoll,
	randomSource,
	SECOND,
} from './helpers';

const POLLS = 200;
const MINUTE = 60_000;
const LEAD = 30;

interface Run {
	kind: 'newRoom' | 'roomStartingSoon';
	persistence: Persistence;
	commitOnNull?: boolean;
	maxItems?: number;
	/** New Room: only webinars with registration */
	filtered?: boolean;
	seed: number;
}

function injectFaults(sim: ClickMeetingSimulator, random: () => number): void {
	const roll = random();
	if (roll < 0.1)
		sim.injectFault(
			{ type: 'status', status: random() < 0.5 ? 422 : 404, count: 1 },
			{ method: 'GET', path: '/conferences/active' },
		);
	else if (roll < 0.15)
		sim.injectFault({ type: 'malformed', count: 1 }, { path: '/conferences/active' });
}

async function newRoomRun(sim: ClickMeetingSimulator, run: Run) {
	// about a third share the previous room's second
	const { random, tick: created } = randomSource(run.seed);
	const matches = (room: Room) =>
		!run.filtered || (room.room_type === 'webinar' && room.registration_enabled);
	const addRoom = () =>
		sim.addRoom({
			created_at: created(),
			room_type: random() < 0.5 ? 'meeting' : 'webinar',
			registration_enabled: random() < 0.5,
			permanent_room: random() < 0.5,
			starts_at: baseSecond(24 * 3600),
		});
	for (let i = 0; i < 8; i++) addRoom();
	sim.addRoom({ status: 'inactive', created_at: created() });

	const harness = new PollHarness(sim, {
		parameters: {
			event: 'newRoom',
			...(run.filtered ? { roomType: 'webinar', registrationOnly: true } : {}),
			...(run.maxItems ? { options: { maxItems: run.maxItems } } : {}),
		},
		persistence: run.persistence,
		commitOnNull: run.commitOnNull,
	});
	expect((await harness.activate()).error).toBeUndefined();

	const expected = new Set<string>();
	const emitted: string[] = [];
	let failures = 0;
	for (let poll = 0; poll < POLLS; poll++) {
		const news = random() < 0.6 ? Math.floor(random() * 4) : 0;
		for (let i = 0; i < news; i++) {
			const room = addRoom();
			if (matches(room)) expected.add(String(room.id));
		}
		injectFaults(sim, random);
		failures += await randomPoll(sim, harness, run, random, emitted, (item) =>
			String(item.json.id),
		);
	}
	return { expected, emitted, failures, harness };
}

async function startingSoonRun(sim: ClickMeetingSimulator, run: Run) {
	const random = prng(run.seed);
	// whole minutes away from the lead time's edge, so the clock moving during the run decides nothing
	const minutes = () =>
		random() < 0.5 ? 5 + Math.floor(random() * 20) : LEAD + 5 + Math.floor(random() * 25);
	const rooms: Room[] = [];
	const used = new Map<number, Set<number>>();
	const startAt = (room: Room | undefined, m: number): number => {
		// a start a room never had before, so each (room, start) is one event
		let at = Math.floor((Date.now() + m * MINUTE) / SECOND) * SECOND;
		const seen = room ? (used.get(room.id) ?? new Set<number>()) : new Set<number>();
		while (seen.has(at)) at += SECOND;
		return at;
	};
	const remember = (room: Room) => {
		const seen = used.get(room.id) ?? new Set<number>();
		seen.add(room.starts_at);
		used.set(room.id, seen);
	};
	const addRoom = () => {
		const room = addScheduledRoom(sim.state, 0);
		moveRoomStart(sim.state, room.id, startAt(room, minutes()));
		remember(room);
		rooms.push(room);
	};
	for (let i = 0; i < 6; i++) addRoom();
	sim.addRoom({ name: 'Permanent' });

	const harness = new PollHarness(sim, {
		parameters: { event: 'roomStartingSoon', leadMinutes: LEAD },
		persistence: run.persistence,
		commitOnNull: run.commitOnNull,
	});
	expect((await harness.activate()).error).toBeUndefined();
	// what the baseline saw within the lead time is not an event
	const baseline = new Set(
		rooms
			.filter((room) => room.starts_at <= Date.now() + LEAD * MINUTE)
			.map((room) => `${room.id}@${room.starts_at}`),
	);

	const expected = new Set<string>();
	const emitted: string[] = [];
	let failures = 0;
	for (let poll = 0; poll < POLLS; poll++) {
		if (random() < 0.4) addRoom();
		const moves = random() < 0.6 ? Math.floor(random() * 4) : 0;
		for (let i = 0; i < moves; i++) {
			const room = rooms[Math.floor(random() * rooms.length)];
			moveRoomStart(sim.state, room.id, startAt(room, minutes()));
			remember(room);
		}
		injectFaults(sim, random);
		if (run.persistence === 'memory' && random() < 0.05) harness.restart();
		const due = rooms
			.filter((room) => room.starts_at <= Date.now() + LEAD * MINUTE)
			.map((room) => `${room.id}@${room.starts_at}`)
			.filter((key) => !baseline.has(key));
		const outcome = await harness.poll();
		if (outcome.error) failures++;
		// a start within the lead time at a poll that succeeded is an event
		else for (const key of due) expected.add(key);
		for (const item of outcome.items ?? [])
			emitted.push(`${String(item.json.id)}@${Date.parse(String(item.json.starts_at))}`);
		sim.clearFaults();
	}
	return { expected, emitted, failures, harness };
}

describe('ClickMeeting Trigger: randomized exactly-once, room events', () => {
	const sim = useSimulator();

	itExactlyOnce<Run>(
		{
			'New Room, in-memory with restarts': { kind: 'newRoom', persistence: 'memory', seed: 11 },
			'New Room, saved copy, Max Items per Poll 2': {
				kind: 'newRoom',
				persistence: 'saved',
				maxItems: 2,
				seed: 12,
			},
			'New Room, webinars with registration, null polls committed': {
				kind: 'newRoom',
				persistence: 'saved',
				commitOnNull: true,
				filtered: true,
				seed: 13,
			},
			'Room Starting Soon, in-memory with restarts': {
				kind: 'roomStartingSoon',
				persistence: 'memory',
				seed: 14,
			},
			'Room Starting Soon, saved copy': {
				kind: 'roomStartingSoon',
				persistence: 'saved',
				seed: 15,
			},
		},
		// measured alone on 2 loaded cores: see the report; at least 3x that
		90_000,
		async (run) => {
			const { expected, emitted, failures, harness } =
				run.kind === 'newRoom' ? await newRoomRun(sim, run) : await startingSoonRun(sim, run);
			await drain(harness, 10, emitted, (item) =>
				run.kind === 'newRoom'
					? String(item.json.id)
					: `${String(item.json.id)}@${Date.parse(String(item.json.starts_at))}`,
			);
			expect(failures).toBeGreaterThan(10);
			expect(expected.size).toBeGreaterThan(run.filtered ? 30 : 100);
			expectExactlyOnce(emitted, expected);
		},
	);
});
