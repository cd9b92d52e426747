/**
 * Many polls with random new data, random faults, random restarts, under both persistence
 * models: every event created after activation is emitted exactly once (zero lost, zero
 * duplicated), nothing from before activation is emitted.
 */
import type { INodeExecutionData } from 'n8n-workflow';

import type { ClickMeetingSimulator, Room } from '../../simulator';
import type { Persistence } from '../harness/poll';
import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { drain, expectExactlyOnce, itExactlyOnce, randomPoll, randomSource } from './helpers';

const POLLS = 200;
const HOUR = 3600_000;

type Kind = 'registration' | 'sessionEnded' | 'recording' | 'pdfReport';

interface Run {
	kind: Kind;
	persistence: Persistence;
	commitOnNull?: boolean;
	seed: number;
}

function keyOf(kind: Kind, item: INodeExecutionData): string {
	if (kind === 'pdfReport')
		return `${String(item.json.session_id)}:${String(item.json.lang)}:${String(item.json.status)}`;
	return String(item.json.id);
}

async function randomRun(sim: ClickMeetingSimulator, run: Run) {
	// events arrive in time order; about a third share the previous event's second
	const { random, pick, tick } = randomSource(run.seed);
	const languages = ['en', 'pl'];

	const rooms: Room[] = [];
	const addRoom = () => {
		const room = sim.addRoom({ registration_enabled: true });
		rooms.push(room);
		return room;
	};
	const expected = new Set<string>();
	const addEvent = (room: Room, afterActivation: boolean) => {
		const at = tick();
		if (run.kind === 'registration') {
			const registration = sim.addRegistration(room.id, { registration_date: at });
			if (afterActivation) expected.add(String(registration.id));
		} else if (run.kind === 'recording') {
			const recording = sim.addRecording(room.id);
			if (afterActivation) expected.add(String(recording.id));
		} else {
			const session = sim.addSession(room.id, { start_date: at - HOUR, end_date: at });
			if (!afterActivation) return;
			if (run.kind === 'sessionEnded') expected.add(String(session.id));
			else {
				for (const lang of languages) {
					const fail = random() < 0.1;
					if (fail) sim.forcePdfFailure(room.id, session.id, lang);
					expected.add(`${session.id}:${lang}:${fail ? 'FAILED' : 'FINISHED'}`);
				}
			}
		}
	};

	for (let i = 0; i < 3; i++) addRoom();
	sim.addRoom({ registration_enabled: true, status: 'inactive' });
	for (let i = 0; i < 12; i++) addEvent(pick(rooms), false);

	const parameters =
		run.kind === 'pdfReport' ? { event: run.kind, languages } : { event: run.kind };
	const harness = new PollHarness(sim, {
		parameters,
		persistence: run.persistence,
		commitOnNull: run.commitOnNull,
	});
	await harness.activate();

	const emitted: string[] = [];
	let failures = 0;
	const faultPaths = (room: Room) =>
		run.kind === 'registration'
			? [`/conferences/${room.id}/registrations/all`]
			: run.kind === 'recording'
				? [`/conferences/${room.id}/recordings`]
				: [
						`/conferences/${room.id}/sessions`,
						new RegExp(`^/conferences/${room.id}/sessions/\\d+/generate-pdf/`),
					];

	for (let poll = 0; poll < POLLS; poll++) {
		const news = random() < 0.6 ? Math.floor(random() * 4) : 0;
		for (let i = 0; i < news; i++) addEvent(pick(rooms), true);
		if (random() < 0.015) {
			const room = addRoom();
			const count = Math.floor(random() * 3);
			for (let i = 0; i < count; i++) addEvent(room, true);
		}
		if (run.kind === 'registration' && random() < 0.05) {
			// a room stops taking registrations for a while: it is not read then, nothing is lost
			const room = pick(rooms);
			const state = sim.state.rooms.get(room.id);
			if (state) state.registration_enabled = !state.registration_enabled;
		}
		const roll = random();
		if (roll < 0.08) {
			sim.injectFault(
				{ type: 'status', status: pick([404, 422]), count: 1 },
				{ method: 'GET', path: pick(faultPaths(pick(rooms)).slice(0, 1)) },
			);
		} else if (roll < 0.14) {
			sim.injectFault(
				{ type: 'status', status: 422, count: 1 },
				{ method: 'GET', path: pick(faultPaths(pick(rooms))) },
			);
		} else if (roll < 0.17) {
			sim.injectFault({ type: 'malformed', count: 1 }, { path: '/conferences/active' });
		}

		failures += await randomPoll(sim, harness, run, random, emitted, (item) =>
			keyOf(run.kind, item),
		);
	}
	for (const room of rooms) {
		const state = sim.state.rooms.get(room.id);
		if (state) state.registration_enabled = true;
	}
	await drain(harness, 5, emitted, (item) => keyOf(run.kind, item));

	return {
		emitted,
		expected: [...expected],
		failures,
		polls: POLLS + 5,
		requests: sim.requests.length,
	};
}

describe('ClickMeeting Trigger: randomized exactly-once', () => {
	const sim = useSimulator({ pdfSteps: 1 });

	itExactlyOnce<Run>(
		{
			'registrations, in-memory static data with restarts': {
				kind: 'registration',
				persistence: 'memory',
				seed: 1,
			},
			'registrations, each poll from the saved copy': {
				kind: 'registration',
				persistence: 'saved',
				seed: 2,
			},
			'ended sessions, in-memory with restarts': {
				kind: 'sessionEnded',
				persistence: 'memory',
				seed: 3,
			},
			'recordings, saved copy with null polls committed': {
				kind: 'recording',
				persistence: 'saved',
				commitOnNull: true,
				seed: 4,
			},
			'PDF reports, in-memory with restarts': { kind: 'pdfReport', persistence: 'memory', seed: 5 },
			'PDF reports, each poll from the saved copy': {
				kind: 'pdfReport',
				persistence: 'saved',
				seed: 6,
			},
		},
		180_000,
		async (run) => {
			const { emitted, expected, failures } = await randomRun(sim, run);
			expect(failures).toBeGreaterThan(10);
			expect(expected.length).toBeGreaterThan(run.kind === 'pdfReport' ? 200 : 150);
			expectExactlyOnce(emitted, expected);
			// 200+ polls through n8n-core's poll host: seconds alone, far more on a loaded 2-core machine
		},
	);
});
