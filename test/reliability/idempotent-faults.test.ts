import type { Fault } from '../../simulator';
import type { ClickMeetingSimulator } from '../../simulator';
import { runOperation } from '../harness/operation';
import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';
import { room as rlRoom } from '../harness/builders';

/** PUT and DELETE are idempotent: doing them twice leaves the same state, so they are retried. */
describe('faults on idempotent writes (PUT, DELETE)', () => {
	const sim = useSimulator({ resetEach: false });
	const fast = { maxWaitSeconds: 0.02 };

	afterEach(() => sim.clearFaults());

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
		const { error, items, requests } = await runOperation(sim, 'registration', 'enable', {
			room: rlRoom(room.id),
			requestOptions: fast,
		});

		expect(error).toBeUndefined();
		expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(3);
		expect(items).toHaveLength(1);
		expect(sim.state.rooms.get(room.id)?.registration_enabled).toBeTruthy();
	});

	it('a DELETE of something that never existed is still a 404 error', async () => {
		const room = sim.addRoom({ name: 'Nothing here' });
		const { error, requests } = await runOperation(sim, 'recording', 'delete', {
			room: rlRoom(room.id),
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
		const { error, items, requests } = await runOperation(sim, 'recording', 'delete', {
			room: rlRoom(room.id),
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

describe('malformed answers and timeouts on writes', () => {
	const sim = useSimulator({ resetEach: false });

	afterEach(() => sim.clearFaults());

	const enable = (roomId: number, requestOptions: Record<string, number> = {}) => ({
		resource: 'registration',
		operation: 'enable',
		room: rlRoom(roomId),
		requestOptions: { maxWaitSeconds: 0.02, ...requestOptions },
	});
	const deleteRecording = (
		roomId: number,
		recordingId: number,
		requestOptions: Record<string, number> = {},
	) => ({
		resource: 'recording',
		operation: 'delete',
		room: rlRoom(roomId),
		recordingId: String(recordingId),
		requestOptions: { maxWaitSeconds: 0.02, ...requestOptions },
	});
	const contact = (email: string) => ({
		resource: 'contact',
		operation: 'createOrUpdate',
		email,
		firstName: 'Mal',
		lastName: 'Formed',
	});

	it.each([
		['PUT', (sim: ClickMeetingSimulator) => enable(sim.addRoom({ name: 'm' }).id)],
		[
			'DELETE',
			(sim: ClickMeetingSimulator) => {
				const room = sim.addRoom({ name: 'm' });
				return deleteRecording(room.id, sim.addRecording(room.id).id);
			},
		],
		['POST', () => contact('malformed@example.com')],
	])('a malformed answer to a %s is an error, sent once', async (method, parameters) => {
		sim.injectFault({ type: 'malformed' }, { method });
		const { error, requests } = await runNode(sim, parameters(sim));

		expect(requests.filter((request) => request.method === method)).toHaveLength(1);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(
			new RegExp(`^ClickMeeting answered ${method} \\S+ with malformed JSON$`),
		);
	});

	it('a PUT that timed out is retried and succeeds', async () => {
		const room = sim.addRoom({ name: 'slow put', registration_enabled: false });
		sim.injectFault({ type: 'latency', ms: 600 }, { method: 'PUT' });
		const { error, requests } = await runNode(sim, enable(room.id, { timeoutSeconds: 0.2 }));

		expect(error).toBeUndefined();
		expect(requests.filter((request) => request.method === 'PUT').length).toBeGreaterThanOrEqual(2);
		expect(sim.state.rooms.get(room.id)?.registration_enabled).toBeTruthy();
	});

	it('a DELETE that timed out is retried; finding nothing left on the retry is success', async () => {
		const room = sim.addRoom({ name: 'slow delete' });
		const recording = sim.addRecording(room.id);
		sim.injectFault({ type: 'latency', ms: 600 }, { method: 'DELETE' });
		const { error, items } = await runNode(
			sim,
			deleteRecording(room.id, recording.id, { timeoutSeconds: 0.2 }),
		);

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ deleted: true });
		await new Promise((resolve) => setTimeout(resolve, 700));
		expect(sim.state.recordings.has(recording.id)).toBe(false);
	});
});
