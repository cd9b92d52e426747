import type { INodeParameters } from 'n8n-workflow';

import { room } from '../../harness/builders';
import type { NodeRunResult } from '../../harness/run-workflow';
import { runOperation } from '../../harness/operation';
import { useSimulator } from '../../harness/simulator';

const GENERATE = '/generate-pdf/en';

describe('PDF Report: waiting stops when the execution is cancelled', () => {
	// A report that stays in progress far longer than the test.
	const sim = useSimulator({ pdfSteps: 1000 });

	/** Runs PDF Report: Generate on a new session and cancels the run once the generate request came in. */
	async function generateAndCancel(
		name: string,
		options?: INodeParameters,
	): Promise<NodeRunResult> {
		const added = sim.addRoom({ name });
		const session = sim.addSession(added.id);
		let cancel: () => void = () => {};
		const before = sim.requests.length;
		const seen = new Promise<void>((resolve) => {
			const timer = setInterval(() => {
				if (sim.requests.slice(before).some((request) => request.path.endsWith(GENERATE))) {
					clearInterval(timer);
					resolve();
				}
			}, 10);
		});
		const running = runOperation(
			sim,
			'pdfReport',
			'generate',
			{
				room: room(added.id),
				session: String(session.id),
				language: 'en',
				...(options ? { options } : {}),
			},
			{ onStarted: (stop) => (cancel = stop) },
		);
		await seen;
		cancel();
		return await running;
	}

	it('a cancelled run ends while the node waits a minute between polls, after one request', async () => {
		// One poll a minute for up to ten minutes: only a working cancellation ends this run
		// before Jest's 30 s test timeout.
		const { run, error, requests } = await generateAndCancel('Cancel me', {
			waitForCompletion: true,
			pollInterval: 60,
			timeout: 600,
		});

		// The engine records the stop either as the cancellation itself or as the node's error:
		// the one of the wait, or (when the stop came while the answer was on its way) the request's.
		expect(['canceled', 'error']).toContain(run.status);
		if (error) {
			expect(error.message).toMatch(
				/^(The execution was cancelled while waiting for the PDF report|ClickMeeting GET \S+ was stopped: the execution was cancelled)$/,
			);
		}
		expect(requests.filter((request) => request.path.endsWith(GENERATE))).toHaveLength(1);
	});

	it('a run cancelled while a request is on its way says so, and is not retried', async () => {
		sim.injectFault({ type: 'latency', ms: 20_000 }, { path: /\/generate-pdf\// });
		const { error, requests } = await generateAndCancel('Cancel in flight');
		sim.clearFaults();

		expect(error?.message).toMatch(
			/^ClickMeeting GET \/conferences\/\d+\/sessions\/\d+\/generate-pdf\/en was stopped: the execution was cancelled$/,
		);
		expect(requests.filter((request) => request.path.endsWith(GENERATE))).toHaveLength(1);
	});
});
