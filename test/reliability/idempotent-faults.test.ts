import type { Fault } from '../../simulator';
import type { ClickMeetingSimulator } from '../../simulator';
import { startSimulator } from '../../simulator';
import { runNode } from '../harness/run-workflow';

/** PUT and DELETE are idempotent: doing them twice leaves the same state, so they are retried. */
describe('faults on idempotent writes (PUT, DELETE)', () => {
	let sim: ClickMeetingSimulator;
	const fast = { maxWaitSeconds: 0.02 };

	beforeAll(async () => {
		sim = await startSimulator({ seed: false });
	});
	afterEach(() => sim.clearFaults());
	afterAll(async () => {
		await sim.close();
	});

	const faults: Array<[string, Fault]> = [
		['429 with Retry-After', { type: 'status', status: 429, retryAfter: '0', count: 2 }],
		['500', { type: 'status', status: 500, count: 2 }],
		['502 after processing', { type: 'status', status: 502, count: 2, afterProcessing: true }],
		['503', { type: 'status', status: 503, count: 2 }],
		['504', { type: 'status', status: 504, count: 2 }],
		['a dropped connection', { type: 'drop', count: 2 }],
	];

	it.each(faults)('PUT (Registration → Enable) retries %s and succeeds', async (_name, fault) => {
		const room = sim.addRoom({ name: 'Put target', registration_enabled: false });
		sim.injectFault(fault, { method: 'PUT' });
		const { error, items, requests } = await runNode(sim, {
			resource: 'registration',
			operation: 'enable',
			room: { __rl: true, mode: 'id', value: String(room.id) },
			requestOptions: fast,
		});

		expect(error).toBeUndefined();
		expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(3);
		expect(items).toHaveLength(1);
		expect(sim.state.rooms.get(room.id)?.registration_enabled).toBeTruthy();
	});

	it('a DELETE of something that never existed is still a 404 error', async () => {
		const room = sim.addRoom({ name: 'Nothing here' });
		const { error, requests } = await runNode(sim, {
			resource: 'recording',
			operation: 'delete',
			room: { __rl: true, mode: 'id', value: String(room.id) },
			recordingId: '987654',
			requestOptions: fast,
		});

		expect(requests).toHaveLength(1);
		expect(error?.message).toContain('HTTP 404');
	});

	it.each(faults)('DELETE (Recording → Delete) retries %s and succeeds', async (name, fault) => {
		const room = sim.addRoom({ name: 'Delete target' });
		const recording = sim.addRecording(room.id);
		sim.injectFault(fault, { method: 'DELETE' });
		const { error, items, requests } = await runNode(sim, {
			resource: 'recording',
			operation: 'delete',
			room: { __rl: true, mode: 'id', value: String(room.id) },
			recordingId: String(recording.id),
			requestOptions: fast,
		});

		const deletes = requests.filter((request) => request.method === 'DELETE');
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ deleted: true });
		if (name === '502 after processing') {
			// The first DELETE was carried out; its retry finds nothing left: that is success.
			expect(deletes.map((request) => request.status)).toEqual([502, 404]);
		} else {
			expect(deletes).toHaveLength(3);
		}
		expect(sim.state.recordings.has(recording.id)).toBe(false);
	});
});
