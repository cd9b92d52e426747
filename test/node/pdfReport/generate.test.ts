import type { INodeParameters } from 'n8n-workflow';

import { room } from '../../harness/builders';
import { runNode } from '../../harness/run-workflow';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang (PDF Report: Generate)', () => {
	const sim = useSimulator();
	let roomId: number;
	let sessionId: number;

	beforeEach(() => {
		sim.options.pdfSteps = 2;
		sim.options.pdfInProgressSpelling = 'IN PROGRESS';
		roomId = sim.addRoom({ name: 'Quarterly review' }).id;
		sessionId = sim.addSession(roomId, {
			attendees: [{ email: 'ann@example.com', nickname: 'ann' }],
		}).id;
	});

	const base = (options: INodeParameters = {}): INodeParameters => ({
		resource: 'pdfReport',
		operation: 'generate',
		room: room(roomId),
		session: String(sessionId),
		language: 'en',
		options,
	});
	const generatePath = () => `/conferences/${roomId}/sessions/${sessionId}/generate-pdf/en`;

	it('without options, returns the status object as the API gives it', async () => {
		const first = await runNode(sim, base());
		const second = await runNode(sim, base());

		expect(first.error).toBeUndefined();
		expect(first.items.map((item) => item.json)).toEqual([{ status: 'NEW', progress: 0 }]);
		// as ClickMeeting answers: progress stays 0 while IN PROGRESS
		expect(second.items.map((item) => item.json)).toEqual([{ status: 'IN PROGRESS', progress: 0 }]);
		expect(lines(first.requests)).toEqual([`GET ${generatePath()} 200`]);
	});

	it('waits NEW -> IN PROGRESS -> FINISHED and downloads the PDF as binary with its exact bytes', async () => {
		const { items, error, requests } = await runNode(
			sim,
			base({
				waitForCompletion: true,
				download: true,
				pollInterval: 0.02,
				timeout: 10,
				binaryPropertyName: 'report',
			}),
		);

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([
			`GET ${generatePath()} 200`,
			`GET ${generatePath()} 200`,
			`GET ${generatePath()} 200`,
			`GET ${generatePath()} 200`,
		]);
		expect(items).toHaveLength(1);
		const [item] = items;
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toEqual({
			status: 'FINISHED',
			progress: 100,
			url: expect.stringMatching(/\/panel\/pdf\/en\//),
		});

		const served = await fetch(String(item.json.url));
		expect(served.headers.get('content-type')).toBe('application/pdf');
		const expected = Buffer.from(await served.arrayBuffer());
		const binary = item.binary?.report;
		expect(binary?.mimeType).toBe('application/pdf');
		expect(binary?.fileName).toBe(`clickmeeting-${roomId}-${sessionId}-en.pdf`);
		const bytes = Buffer.from(String(binary?.data), 'base64');
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(bytes.equals(expected)).toBe(true);
	});

	it('treats IN_PROGRESS as in progress too', async () => {
		sim.options.pdfInProgressSpelling = 'IN_PROGRESS';
		sim.options.pdfSteps = 3;
		await runNode(sim, base());
		const peek = await runNode(sim, base());
		expect(peek.items[0].json.status).toBe('IN_PROGRESS');

		const { items, error, requests } = await runNode(
			sim,
			base({ waitForCompletion: true, pollInterval: 0.02, timeout: 10 }),
		);

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ status: 'FINISHED', progress: 100 });
		expect(items[0].binary).toBeUndefined();
		expect(requests.filter((r) => r.path === generatePath())).toHaveLength(3);
	});

	it('fails with a clear error when the report is FAILED', async () => {
		sim.forcePdfFailure(roomId, sessionId, 'en');
		const { error, items, requests } = await runNode(
			sim,
			base({ waitForCompletion: true, pollInterval: 0.02, timeout: 10 }),
		);

		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			`ClickMeeting could not generate the PDF report of session ${sessionId} in room ${roomId} (language "en"): status FAILED`,
		);
		expect(requests.filter((r) => r.path === generatePath())).toHaveLength(1);
	});

	it('fails when the report is not finished within the timeout', async () => {
		sim.options.pdfSteps = 10_000;
		const { error, requests } = await runNode(
			sim,
			base({ waitForCompletion: true, pollInterval: 0.05, timeout: 0.3 }),
		);

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(
			new RegExp(
				`^Timed out after 0.3 seconds waiting for the PDF report of session ${sessionId} in room ${roomId} \\(language "en"\\): ClickMeeting still reports it as IN PROGRESS$`,
			),
		);
		const polls = requests.filter((r) => r.path === generatePath()).length;
		// It polled again before giving up (how often depends on the machine's speed).
		expect(polls).toBeGreaterThanOrEqual(2);
	});

	it('rejects a language that is not a two-letter code before any request', async () => {
		const { error, requests } = await runNode(sim, { ...base(), language: 'english' });

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			'The "Language" field must be a two-letter language code such as "en", got "english"',
		);
		expect(requests).toHaveLength(0);
	});

	it('rejects a poll interval that is not positive before any request', async () => {
		const { error, requests } = await runNode(
			sim,
			base({ waitForCompletion: true, pollInterval: 0 }),
		);

		expect(error?.message).toBe(
			'The "Poll Interval (Seconds)" field must be a positive number of seconds, got "0"',
		);
		expect(requests).toHaveLength(0);
	});

	it('accepts a language given by expression, and with Continue On Fail fails only the bad item', async () => {
		const { items, error, requests } = await runNode(
			sim,
			{ ...base(), language: '={{ $json.lang }}' },
			{ input: [{ lang: 'pl' }, { lang: 'xx1' }, { lang: 'fr' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ status: 'NEW', progress: 0 },
			{ error: 'The "Language" field must be a two-letter language code such as "en", got "xx1"' },
			{ status: 'NEW', progress: 0 },
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(requests.map((r) => r.path).filter((p) => p.includes('generate-pdf'))).toEqual([
			`/conferences/${roomId}/sessions/${sessionId}/generate-pdf/pl`,
			`/conferences/${roomId}/sessions/${sessionId}/generate-pdf/fr`,
		]);
	});
});
