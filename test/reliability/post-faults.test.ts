import { room } from '../harness/builders';
import { runNode } from '../harness/run-workflow';
import { closedBaseUrl, useSimulator } from '../harness/simulator';

/**
 * A POST (here: Registration → Register) is retried only when ClickMeeting certainly did not
 * process it: a 429 or a refused connection. After a 5xx, a dropped answer or a timeout it may
 * have been processed, so the node reports the error and never sends it again.
 */
describe('faults on a create (POST): never a duplicate', () => {
	const sim = useSimulator({ resetEach: false });
	let roomId: number;

	const register = (email: string, requestOptions: Record<string, number> = {}) => ({
		resource: 'registration',
		operation: 'register',
		room: room(roomId),
		firstName: 'Grace',
		lastName: 'Hopper',
		email,
		requestOptions: { maxWaitSeconds: 0.02, ...requestOptions },
	});
	const registrationsOf = (email: string) =>
		[...sim.state.registrations.values()].filter((registration) => registration.email === email);

	beforeAll(() => {
		roomId = sim.addRoom({
			name: 'Reliability webinar',
			room_type: 'webinar',
			registration_enabled: true,
		}).id;
	});
	afterEach(() => sim.clearFaults());

	it.each([500, 502, 503, 504])(
		'after a %i for a request that was carried out: one request, an error, one registration',
		async (status) => {
			const email = `five-${status}@example.com`;
			sim.injectFault({ type: 'status', status, afterProcessing: true }, { method: 'POST' });
			const { error, requests } = await runNode(sim, register(email));

			expect(requests.map((request) => `${request.method} ${request.status}`)).toEqual([
				`POST ${status}`,
			]);
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toContain(`HTTP ${status}`);
			expect(registrationsOf(email)).toHaveLength(1);
		},
	);

	it('after a dropped answer: one request, an error, one registration', async () => {
		const email = 'dropped@example.com';
		sim.injectFault({ type: 'drop', afterProcessing: true }, { method: 'POST' });
		const { error, requests } = await runNode(sim, register(email));

		expect(requests).toHaveLength(1);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(
			/POST \/conferences\/\d+\/registration could not reach ClickMeeting/,
		);
		expect(registrationsOf(email)).toHaveLength(1);
	});

	it('after a timeout: one request, a timeout error, and the late registration is the only one', async () => {
		const email = 'slow@example.com';
		sim.injectFault({ type: 'latency', ms: 600 }, { method: 'POST' });
		const { error, requests } = await runNode(sim, register(email, { timeoutSeconds: 0.2 }));

		expect(requests).toHaveLength(1);
		expect(error?.message).toMatch(/POST \/conferences\/\d+\/registration timed out$/);
		await new Promise((resolve) => setTimeout(resolve, 700));
		expect(registrationsOf(email)).toHaveLength(1);
	});

	it('retries a 429 (not processed) and registers exactly once', async () => {
		const email = 'limited@example.com';
		sim.injectFault({ type: 'status', status: 429, retryAfter: '0', count: 2 }, { method: 'POST' });
		const { error, items, requests } = await runNode(sim, register(email));

		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([429, 429, 200]);
		expect(items).toHaveLength(1);
		expect(String(items[0].json.url)).toMatch(/^http/);
		expect(registrationsOf(email)).toHaveLength(1);
	});

	it('a 5xx before processing is not retried either: the node cannot tell the two apart', async () => {
		const email = 'early-500@example.com';
		sim.injectFault({ type: 'status', status: 503 }, { method: 'POST' });
		const { error, requests } = await runNode(sim, register(email));

		expect(requests).toHaveLength(1);
		expect(error?.message).toContain('HTTP 503');
		expect(registrationsOf(email)).toHaveLength(0);
	});

	it('retries a refused connection for a POST (nothing reached the API)', async () => {
		// A server that refuses the first connection: a closed port, then the simulator.
		const closedUrl = await closedBaseUrl();
		const { error } = await runNode(sim, register('refused@example.com', { maxAttempts: 2 }), {
			credentials: { baseUrl: closedUrl },
		});

		expect(error?.message).toMatch(
			/could not reach ClickMeeting \(ECONNREFUSED\) after 2 attempts/,
		);
	});
});
