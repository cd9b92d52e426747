/**
 * One PDF report behaviour for the action (PDF Report → Generate) and the trigger (PDF Report
 * Finished): the same file name, the same key rule for the download, the same answer to a
 * FINISHED report without a URL, the same languages; and Generate's request counts.
 */
import type { INodeParameters } from 'n8n-workflow';

import { LANGUAGES } from '../../../nodes/ClickMeeting/helpers/languages';
import { triggerProperties } from '../../../nodes/ClickMeeting/trigger/description';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';
import { PollHarness } from '../../harness/poll';
import { runNode } from '../../harness/run-workflow';
import type { HostileServer } from '../../security/hostile';
import { startHostile } from '../../security/hostile';

const HOUR = 3600_000;
const PDF_BYTES = Buffer.from('%PDF-1.4\n% hostile file host\n%%EOF\n', 'latin1');

describe('GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang (action and trigger)', () => {
	const sim = useSimulator({ pdfSteps: 1 });
	let files: HostileServer;

	beforeAll(async () => {
		// another origin than the API's: the report's link 302s to the file, both without the key
		files = await startHostile((req, res) => {
			if (req.url === '/report/7.pdf') {
				res.writeHead(302, { Location: '/files/7.pdf?signature=abc' }).end();
				return;
			}
			res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': PDF_BYTES.length });
			res.end(PDF_BYTES);
		});
	});
	afterAll(async () => {
		await files.close();
	});
	beforeEach(() => {
		files.requests.length = 0;
	});

	/** Every generate-pdf answer from now on: this body (the request is still carried out). */
	function answerReports(body: Record<string, unknown>) {
		sim.injectFault(
			{ type: 'status', status: 200, body: JSON.stringify(body), count: -1, afterProcessing: true },
			{ path: /\/generate-pdf\// },
		);
	}

	function endedSession(roomId: number) {
		const end = Math.floor(Date.now() / 1000) * 1000 - HOUR;
		return sim.addSession(roomId, { start_date: end - HOUR, end_date: end });
	}

	const action = (roomId: number, sessionId: number, options: INodeParameters = {}) => ({
		resource: 'pdfReport',
		operation: 'generate',
		room: { __rl: true, mode: 'id', value: String(roomId) },
		session: String(sessionId),
		language: 'en',
		options: { pollInterval: 0.02, timeout: 10, ...options },
	});

	/** The trigger, activated before the session ends, and polled once after it did. */
	async function triggerPoll(roomId: number, parameters: INodeParameters = {}) {
		const harness = new PollHarness(sim, {
			parameters: { event: 'pdfReport', languages: ['en'], ...parameters },
		});
		await harness.activate();
		const session = endedSession(roomId);
		return { session, outcome: await harness.poll() };
	}

	it('a cross-origin report URL (and its redirect) gets no API key; one file name in both', async () => {
		const room = sim.addRoom();
		answerReports({ status: 'FINISHED', progress: 100, url: `${files.origin}/report/7.pdf` });

		const session = endedSession(room.id);
		const run = await runNode(sim, action(room.id, session.id, { download: true }));
		expect(run.error).toBeUndefined();
		const fromAction = run.items[0].binary?.data;

		const polled = await triggerPoll(room.id, { options: { download: true } });
		expect(polled.outcome.error).toBeUndefined();
		const fromTrigger = polled.outcome.items?.[0].binary?.data;

		expect(files.requests.map((request) => request.url)).toEqual([
			'/report/7.pdf',
			'/files/7.pdf?signature=abc',
			'/report/7.pdf',
			'/files/7.pdf?signature=abc',
		]);
		for (const request of files.requests) {
			expect(request.headers['x-api-key']).toBeUndefined();
			expect(JSON.stringify(request.headers)).not.toContain(sim.apiKey);
		}
		expect(fromAction?.fileName).toBe(`clickmeeting-${room.id}-${session.id}-en.pdf`);
		expect(fromTrigger?.fileName).toBe(`clickmeeting-${room.id}-${polled.session.id}-en.pdf`);
		for (const binary of [fromAction, fromTrigger]) {
			expect(binary?.mimeType).toBe('application/pdf');
			expect(Buffer.from(String(binary?.data), 'base64').equals(PDF_BYTES)).toBe(true);
		}
	});

	it.each([
		['no URL', {}],
		['an empty URL', { url: '' }],
		['a URL that is not http(s)', { url: 'ftp://files.example.com/report.pdf' }],
	])(
		'FINISHED with %s: the same error in both, asked once, never polled forever',
		async (_name, extra) => {
			const room = sim.addRoom();
			answerReports({ status: 'FINISHED', progress: 100, ...extra });
			const message = /as FINISHED but gives no http\(s\) URL to download it/;

			const session = endedSession(room.id);
			const run = await runNode(sim, action(room.id, session.id, { waitForCompletion: true }));
			expect(run.error?.message).toMatch(message);
			expect(run.requests.filter((request) => request.path.includes('generate-pdf'))).toHaveLength(
				1,
			);

			const harness = new PollHarness(sim, {
				parameters: { event: 'pdfReport', languages: ['en'] },
			});
			await harness.activate();
			const later = endedSession(room.id);
			const outcome = await harness.poll();
			expect(outcome.items?.map((item) => item.json)).toEqual([
				expect.objectContaining({
					session_id: later.id,
					status: 'FAILED',
					failed: true,
					url: null,
				}),
			]);
			expect(String(outcome.items?.[0].json.error)).toMatch(message);
			// emitted once: the report is no longer pending, so it is not asked for again
			const next = await harness.poll();
			expect(next.items).toBeNull();
			expect(next.requests.filter((request) => request.path.includes('generate-pdf'))).toHaveLength(
				0,
			);
		},
	);

	it('the trigger offers every language the action offers', () => {
		const actionLanguages = LANGUAGES.map((language) => language.value);
		const field = triggerProperties.find((property) => property.name === 'languages');
		expect((field?.options ?? []).map((option) => (option as { value: string }).value)).toEqual(
			actionLanguages,
		);
		expect(actionLanguages).toHaveLength(24);
	});

	it('the trigger watches every language the action can generate (all 24 in one poll)', async () => {
		const room = sim.addRoom();
		const languages = LANGUAGES.map((language) => String(language.value));
		const harness = new PollHarness(sim, { parameters: { event: 'pdfReport', languages } });
		await harness.activate();
		const session = endedSession(room.id);
		const emitted: string[] = [];
		for (let poll = 0; poll < 4; poll++) {
			const outcome = await harness.poll();
			expect(outcome.error).toBeUndefined();
			emitted.push(...(outcome.items ?? []).map((item) => String(item.json.lang)));
		}
		expect(emitted.sort()).toEqual([...languages].sort());
		expect(
			sim.requests.filter((request) =>
				request.path.includes(`/sessions/${session.id}/generate-pdf/`),
			),
		).toHaveLength(3 * languages.length);
	});

	it.each(LANGUAGES.map((language) => [language.name, String(language.value)]))(
		'%s (%s): the trigger emits the report the action generates',
		async (_name, lang) => {
			const room = sim.addRoom();
			const { session, outcome } = await triggerPoll(room.id, { languages: [lang] });
			expect(outcome.items).toBeNull(); // asked: NEW
			const run = await runNode(sim, { ...action(room.id, session.id), language: lang });
			expect(run.items[0].json).toMatchObject({ status: 'IN PROGRESS' });
			expect(run.requests.map((request) => request.path)).toEqual([
				`/conferences/${room.id}/sessions/${session.id}/generate-pdf/${lang}`,
			]);
		},
	);
});

describe('GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang request counts', () => {
	const sim = useSimulator({ pdfSteps: 2 });

	const generate = (roomId: number, sessionId: number | string, options: INodeParameters = {}) => ({
		resource: 'pdfReport',
		operation: 'generate',
		room: { __rl: true, mode: 'id', value: String(roomId) },
		session: String(sessionId),
		language: 'en',
		options,
	});

	it('without waiting: 1 request, the endpoint itself', async () => {
		const room = sim.addRoom();
		const session = sim.addSession(room.id);
		const run = await runNode(sim, generate(room.id, session.id));
		expect(run.error).toBeUndefined();
		expect(lines(run.requests)).toEqual([
			`GET /conferences/${room.id}/sessions/${session.id}/generate-pdf/en 200`,
		]);
	});

	it('waiting: only the status polls it needs (NEW, IN PROGRESS, IN PROGRESS, FINISHED), downloading adds only the file', async () => {
		const room = sim.addRoom();
		const session = sim.addSession(room.id);
		const endpoint = `/conferences/${room.id}/sessions/${session.id}/generate-pdf/en`;
		const run = await runNode(
			sim,
			generate(room.id, session.id, { waitForCompletion: true, pollInterval: 0.02, timeout: 10 }),
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.path)).toEqual([endpoint, endpoint, endpoint, endpoint]);

		sim.reset(false);
		const room2 = sim.addRoom();
		const session2 = sim.addSession(room2.id);
		const downloaded = await runNode(
			sim,
			generate(room2.id, session2.id, { download: true, pollInterval: 0.02, timeout: 10 }),
		);
		expect(downloaded.error).toBeUndefined();
		// the API log: the same 4 status requests (the file itself is served outside /v1)
		expect(downloaded.requests).toHaveLength(4);
		expect(downloaded.items[0].binary?.data?.fileName).toBe(
			`clickmeeting-${room2.id}-${session2.id}-en.pdf`,
		);
	});

	it('a session that is not the room’s: ClickMeeting’s 404 after 1 request, naming room and session', async () => {
		const room = sim.addRoom();
		const other = sim.addRoom();
		const session = sim.addSession(other.id);
		const run = await runNode(sim, generate(room.id, session.id));
		expect(run.requests).toHaveLength(1);
		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toMatch(/HTTP 404/);
		expect((run.error as { description?: string }).description).toBe(
			`Session ${session.id} is not a session of room ${room.id}, or one of them was deleted. Pick the session from the list, which shows the chosen room's sessions.`,
		);
	});
});
