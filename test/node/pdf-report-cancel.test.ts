import type { ClickMeetingSimulator } from '../../simulator';
import { startSimulator } from '../../simulator';
import { runNode } from '../harness/run-workflow';

describe('PDF Report: waiting stops when the execution is cancelled', () => {
	let sim: ClickMeetingSimulator;

	beforeAll(async () => {
		// A report that stays in progress far longer than the test.
		sim = await startSimulator({ seed: false, pdfSteps: 1000 });
	});
	afterAll(async () => {
		await sim.close();
	});

	it('a cancelled run ends while the node waits a minute between polls, after one request', async () => {
		const room = sim.addRoom({ name: 'Cancel me' });
		const session = sim.addSession(room.id);
		let cancel: () => void = () => {};
		const seen = new Promise<void>((resolve) => {
			const timer = setInterval(() => {
				if (sim.requests.some((request) => request.path.endsWith('/generate-pdf/en'))) {
					clearInterval(timer);
					resolve();
				}
			}, 10);
		});

		const running = runNode(
			sim,
			{
				resource: 'pdfReport',
				operation: 'generate',
				room: { __rl: true, mode: 'id', value: String(room.id) },
				session: String(session.id),
				language: 'en',
				// One poll a minute for up to ten minutes: only a working cancellation ends this
				// run before Jest's 30 s test timeout.
				options: { waitForCompletion: true, pollInterval: 60, timeout: 600 },
			},
			{ onStarted: (stop) => (cancel = stop) },
		);
		await seen;
		cancel();
		const { run, error, requests } = await running;

		// The engine records the stop either as the cancellation itself or as the node's error:
		// the one of the wait, or (when the stop came while the answer was on its way) the request's.
		expect(['canceled', 'error']).toContain(run.status);
		if (error) {
			expect(error.message).toMatch(
				/^(The execution was cancelled while waiting for the PDF report|ClickMeeting GET \S+ was stopped: the execution was cancelled)$/,
			);
		}
		expect(requests.filter((request) => request.path.endsWith('/generate-pdf/en'))).toHaveLength(1);
	});

	it('a run cancelled while a request is on its way says so, and is not retried', async () => {
		const room = sim.addRoom({ name: 'Cancel in flight' });
		const session = sim.addSession(room.id);
		sim.injectFault({ type: 'latency', ms: 20_000 }, { path: /\/generate-pdf\// });
		let cancel: () => void = () => {};
		const before = sim.requests.length;
		const seen = new Promise<void>((resolve) => {
			const timer = setInterval(() => {
				if (
					sim.requests.slice(before).some((request) => request.path.endsWith('/generate-pdf/en'))
				) {
					clearInterval(timer);
					resolve();
				}
			}, 10);
		});

		const running = runNode(
			sim,
			{
				resource: 'pdfReport',
				operation: 'generate',
				room: { __rl: true, mode: 'id', value: String(room.id) },
				session: String(session.id),
				language: 'en',
			},
			{ onStarted: (stop) => (cancel = stop) },
		);
		await seen;
		cancel();
		const { error, requests } = await running;
		sim.clearFaults();

		expect(error?.message).toMatch(
			/^ClickMeeting GET \/conferences\/\d+\/sessions\/\d+\/generate-pdf\/en was stopped: the execution was cancelled$/,
		);
		expect(requests.filter((request) => request.path.endsWith('/generate-pdf/en'))).toHaveLength(1);
	});
});
