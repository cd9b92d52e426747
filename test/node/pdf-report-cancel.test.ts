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

		// The engine records the stop either as the cancellation itself or as the node's error.
		expect(['canceled', 'error']).toContain(run.status);
		if (error) expect(error.message).toBe('The execution was cancelled while waiting for the PDF report');
		expect(requests.filter((request) => request.path.endsWith('/generate-pdf/en'))).toHaveLength(1);
	});
});
