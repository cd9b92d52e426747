import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { IDataObject } from 'n8n-workflow';

import { PollHarness } from '../harness/poll';
import { readStateReport, STATE_KEY } from '../../nodes/ClickMeeting/trigger/state';
import { baseSecond } from '../trigger/helpers';
import { useSimulator } from '../harness/simulator';

const HOUR = 3600_000;

/** The trigger's saved state inside the workflow's static data. */
function savedState(saved: IDataObject): IDataObject {
	for (const value of Object.values(saved)) {
		if (value && typeof value === 'object' && STATE_KEY in (value as IDataObject))
			return (value as IDataObject)[STATE_KEY] as IDataObject;
	}
	throw new Error('no trigger state saved');
}

describe('trigger saved state with bad entries', () => {
	const sim = useSimulator({ pdfSteps: 1 });

	it('PDF Report Finished: one bad pending entry is dropped, the poll does not fail, the good report is emitted', async () => {
		const room = sim.addRoom({ name: 'Webinar' });
		const harness = new PollHarness(sim, { parameters: { event: 'pdfReport', languages: ['en'] } });
		await harness.activate();
		const state = savedState(harness.saved);
		state.pending = [{ r: 'not-a-room', s: null, l: 7 }, { r: room.id }];
		(state.rooms as IDataObject)['bogus'] = { t: 'x' };
		harness.restart();

		const end = baseSecond(0) - HOUR;
		const session = sim.addSession(room.id, { start_date: end - HOUR, end_date: end });
		const outcomes = [];
		for (let poll = 0; poll < 4; poll++) outcomes.push(await harness.poll());

		expect(outcomes.map((outcome) => outcome.error)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		const emitted = outcomes.flatMap((outcome) => outcome.items ?? []);
		expect(
			emitted.map((item) => `${String(item.json.session_id)}:${String(item.json.status)}`),
		).toEqual([`${session.id}:FINISHED`]);
		expect(
			outcomes
				.flatMap((outcome) => outcome.requests)
				.some((request) => request.path.includes('not-a-room')),
		).toBe(false);
	});

	it('registrations: a state whose room cursors are partly unreadable keeps the rest and still emits new events', async () => {
		const room = sim.addRoom({ name: 'Room', registration_enabled: true });
		sim.addRegistration(room.id, { email: 'old@example.com' });
		const harness = new PollHarness(sim, { parameters: { event: 'registration' } });
		await harness.activate();
		const state = savedState(harness.saved);
		(state.rooms as IDataObject)['99999'] = 'garbage';
		harness.restart();
		sim.addRegistration(room.id, { email: 'new@example.com' });
		const outcome = await harness.poll();

		expect(outcome.error).toBeUndefined();
		expect((outcome.items ?? []).map((item) => item.json.email)).toEqual(['new@example.com']);
	});

	it('an unreadable state is not silent: the execution log says a new baseline was taken, and later events are emitted', async () => {
		const warn = jest.spyOn(Container.get(Logger), 'warn').mockImplementation(() => {});
		try {
			const room = sim.addRoom({ name: 'Room', registration_enabled: true });
			sim.addRegistration(room.id, { email: 'old@example.com' });
			const harness = new PollHarness(sim, { parameters: { event: 'registration' } });
			await harness.activate();
			for (const value of Object.values(harness.saved)) {
				if (value && typeof value === 'object' && STATE_KEY in (value as IDataObject))
					(value as IDataObject)[STATE_KEY] = 'garbage';
			}
			harness.restart();
			warn.mockClear();
			const first = await harness.poll();
			expect(first.error).toBeUndefined();
			// the poll that finds the state unreadable takes a new baseline, says so, and emits nothing old
			expect(first.items ?? []).toEqual([]);
			const lines = warn.mock.calls.map((call) => String(call[0]));
			expect(
				lines.some(
					(line) =>
						line.includes('could not be read at all') && line.includes('A new baseline was taken'),
				),
			).toBe(true);

			sim.addRegistration(room.id, { email: 'after@example.com' });
			const second = await harness.poll();
			expect((second.items ?? []).map((item) => item.json.email)).toEqual(['after@example.com']);
		} finally {
			warn.mockRestore();
		}
	});

	it('a partly unreadable state is reported in the execution log with what was dropped', async () => {
		const warn = jest.spyOn(Container.get(Logger), 'warn').mockImplementation(() => {});
		try {
			const room = sim.addRoom({ name: 'Room', registration_enabled: true });
			const harness = new PollHarness(sim, { parameters: { event: 'registration' } });
			await harness.activate();
			(savedState(harness.saved).rooms as IDataObject)['4242'] = 'garbage';
			harness.restart();
			warn.mockClear();
			sim.addRegistration(room.id, { email: 'new@example.com' });
			const outcome = await harness.poll();
			expect((outcome.items ?? []).map((item) => item.json.email)).toEqual(['new@example.com']);
			const lines = warn.mock.calls.map((call) => String(call[0]));
			expect(
				lines.some(
					(line) =>
						line.includes('the cursor of room 4242 was unreadable') &&
						line.includes('The rest of the saved state was kept'),
				),
			).toBe(true);
		} finally {
			warn.mockRestore();
		}
	});

	it('readStateReport keeps what is readable and says what it dropped', () => {
		const reading = readStateReport({
			[STATE_KEY]: {
				v: 1,
				config: 'c',
				since: { t: 5, ids: [1] },
				rooms: { 1: { t: 9, ids: [2] }, 2: { t: 'x' } },
				pending: [{ r: 1, s: 2, l: 'en', e: 3 }, { r: 'x' }],
			},
		} as IDataObject);
		expect(reading.state).toEqual({
			v: 1,
			config: 'c',
			since: { t: 5, ids: [1] },
			rooms: { 1: { t: 9, ids: [2] } },
			pending: [{ r: 1, s: 2, l: 'en', e: 3 }],
		});
		expect(reading.problems).toEqual([
			'the cursor of room 2 was unreadable',
			'1 pending PDF report entry was unreadable',
		]);
		expect(readStateReport({ [STATE_KEY]: 'garbage' } as IDataObject)).toEqual({
			state: undefined,
			problems: ['the saved trigger state could not be read at all'],
		});
		expect(readStateReport({} as IDataObject)).toEqual({ state: undefined, problems: [] });
	});
});
