import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { PollHarness } from '../harness/poll';
import { useSimulator } from '../harness/simulator';
import { baseSecond, paths } from './helpers';

const HOUR = 3600_000;
const PDF = { event: 'pdfReport', languages: ['en', 'pl'] };

const reports = (items: Array<{ json: Record<string, unknown> }> | null | undefined) =>
	(items ?? []).map(
		(item) =>
			`${String(item.json.session_id)}:${String(item.json.lang)}:${String(item.json.status)}`,
	);

describe('ClickMeeting Trigger: PDF Report Finished', () => {
	const sim = useSimulator({ pdfSteps: 1 });
	beforeEach(() => {
		sim.options.pdfSteps = 1;
		sim.options.pdfInProgressSpelling = 'IN PROGRESS';
	});

	function pastSession(roomId: number, hoursAgo: number) {
		const end = baseSecond(0) - hoursAgo * HOUR;
		return sim.addSession(roomId, { start_date: end - HOUR, end_date: end });
	}

	it.each(['IN PROGRESS', 'IN_PROGRESS'] as const)(
		'follows NEW -> %s -> FINISHED across polls and emits once per session and language',
		async (spelling) => {
			sim.options.pdfInProgressSpelling = spelling;
			const room = sim.addRoom({ name: 'Webinar' });
			const old = pastSession(room.id, 48);
			const harness = new PollHarness(sim, { parameters: PDF });
			const activation = await harness.activate();
			expect(paths(activation.requests)).toEqual(
				['GET /conferences/active', `GET /conferences/${room.id}/sessions`].sort(),
			);

			const session = pastSession(room.id, 1);
			const p1 = await harness.poll(); // asked: NEW
			expect(p1.items).toBeNull();
			expect(paths(p1.requests)).toEqual(
				[
					'GET /conferences/active',
					`GET /conferences/${room.id}/sessions`,
					`GET /conferences/${room.id}/sessions/${session.id}/generate-pdf/en`,
					`GET /conferences/${room.id}/sessions/${session.id}/generate-pdf/pl`,
				].sort(),
			);
			expect((await harness.poll()).items).toBeNull(); // IN PROGRESS
			const p3 = await harness.poll(); // FINISHED
			expect(reports(p3.items)).toEqual([`${session.id}:en:FINISHED`, `${session.id}:pl:FINISHED`]);
			expect(p3.items?.[0].json).toMatchObject({
				room_id: room.id,
				room_name: 'Webinar',
				session_id: session.id,
				lang: 'en',
				failed: false,
				progress: 100,
			});
			expect(String(p3.items?.[0].json.url)).toMatch(new RegExp(`/panel/pdf/en/${session.id}/`));

			const p4 = await harness.poll();
			expect(p4.items).toBeNull();
			expect(paths(p4.requests)).toEqual(
				['GET /conferences/active', `GET /conferences/${room.id}/sessions`].sort(),
			);
			expect(harness.emissions.flat().map((item) => item.json.session_id)).not.toContain(old.id);
		},
	);

	it('downloads the PDF into binary when asked', async () => {
		const room = sim.addRoom();
		const harness = new PollHarness(sim, {
			parameters: {
				event: 'pdfReport',
				languages: ['en'],
				options: { download: true, binaryPropertyName: 'report' },
			},
		});
		await harness.activate();
		const session = pastSession(room.id, 1);
		await harness.poll();
		await harness.poll();
		const done = await harness.poll();
		expect(reports(done.items)).toEqual([`${session.id}:en:FINISHED`]);
		const binary = done.items?.[0].binary?.report;
		expect(binary?.mimeType).toBe('application/pdf');
		expect(binary?.fileName).toBe(`clickmeeting-${room.id}-${session.id}-en.pdf`);
		expect(Buffer.from(String(binary?.data), 'base64').subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('Max Items per Poll: finished reports past it stay pending and come with the next polls', async () => {
		const room = sim.addRoom();
		const harness = new PollHarness(sim, {
			parameters: { ...PDF, options: { maxItems: 1 } },
		});
		await harness.activate();
		const session = pastSession(room.id, 1);
		await harness.poll(); // NEW
		await harness.poll(); // IN PROGRESS
		const first = await harness.poll(); // both FINISHED, one emitted
		expect(reports(first.items)).toEqual([`${session.id}:en:FINISHED`]);
		const second = await harness.poll();
		expect(reports(second.items)).toEqual([`${session.id}:pl:FINISHED`]);
		const third = await harness.poll();
		expect(third.items).toBeNull();
		expect(paths(third.requests)).toEqual(
			['GET /conferences/active', `GET /conferences/${room.id}/sessions`].sort(),
		);
	});

	it('emits a FAILED report once, marked as failed, or skips it when asked', async () => {
		const room = sim.addRoom();
		for (const skipFailed of [false, true]) {
			const harness = new PollHarness(sim, {
				parameters: { event: 'pdfReport', languages: ['en'], options: { skipFailed } },
			});
			await harness.activate();
			const session = pastSession(room.id, 0.5);
			sim.forcePdfFailure(room.id, session.id, 'en');
			const outcome = await harness.poll();
			if (skipFailed) {
				expect(outcome.items).toBeNull();
			} else {
				expect(reports(outcome.items)).toEqual([`${session.id}:en:FAILED`]);
				expect(outcome.items?.[0].json).toMatchObject({ failed: true, url: null });
			}
			for (let i = 0; i < 3; i++) {
				const next = await harness.poll();
				expect(next.items).toBeNull();
				expect(next.requests).toHaveLength(2);
			}
		}
	});

	it('never asks for reports of sessions that ended before activation', async () => {
		const rooms = [sim.addRoom(), sim.addRoom()];
		pastSession(rooms[0].id, 5);
		pastSession(rooms[1].id, 3);
		const harness = new PollHarness(sim, { parameters: PDF });
		await harness.activate();
		for (let i = 0; i < 3; i++) {
			const outcome = await harness.poll();
			expect(outcome.items).toBeNull();
			expect(paths(outcome.requests)).toEqual(
				[
					'GET /conferences/active',
					...rooms.map((room) => `GET /conferences/${room.id}/sessions`),
				].sort(),
			);
		}
	});

	it('a failed report request changes nothing; a restart with pending reports loses nothing', async () => {
		const room = sim.addRoom();
		const harness = new PollHarness(sim, { parameters: PDF });
		await harness.activate();
		const s1 = pastSession(room.id, 1);
		await harness.poll(); // NEW (en, pl)
		sim.injectFault(
			{ type: 'status', status: 422, count: 1 },
			{ path: `/conferences/${room.id}/sessions/${s1.id}/generate-pdf/pl` },
		);
		const failed = await harness.poll();
		expect(failed.error).toBeInstanceOf(NodeApiError);
		harness.restart(); // pending reports were never saved: they are found again
		const s2 = pastSession(room.id, 0.5);
		const emitted: string[] = [];
		for (let i = 0; i < 6; i++) emitted.push(...reports((await harness.poll()).items));
		expect(emitted.sort()).toEqual(
			[
				`${s1.id}:en:FINISHED`,
				`${s1.id}:pl:FINISHED`,
				`${s2.id}:en:FINISHED`,
				`${s2.id}:pl:FINISHED`,
			].sort(),
		);
		harness.restart();
		for (let i = 0; i < 3; i++) expect((await harness.poll()).items).toBeNull();
	});

	it('reports of a deleted room end as failed once instead of failing every poll', async () => {
		const room = sim.addRoom();
		const harness = new PollHarness(sim, { parameters: { event: 'pdfReport', languages: ['en'] } });
		await harness.activate();
		const session = pastSession(room.id, 1);
		await harness.poll();
		const r1 = sim.addRoom();
		await harness.poll(); // IN PROGRESS: state now holds the pending report
		sim.state.deleteRoom(room.id);
		const outcome = await harness.poll();
		expect(reports(outcome.items)).toEqual([`${session.id}:en:FAILED`]);
		expect(outcome.items?.[0].json.error).toMatch(/HTTP 404/);
		expect(paths((await harness.poll()).requests)).toEqual(
			['GET /conferences/active', `GET /conferences/${r1.id}/sessions`].sort(),
		);
	});

	it.each([
		['memory', { persistence: 'memory' as const }],
		['saved', { persistence: 'saved' as const }],
		['saved + commit on null', { persistence: 'saved' as const, commitOnNull: true }],
	])('emits each report exactly once with %s persistence', async (_name, model) => {
		sim.options.pdfSteps = 2;
		const rooms = [sim.addRoom(), sim.addRoom()];
		const harness = new PollHarness(sim, { parameters: PDF, ...model });
		await harness.activate();
		const sessions = [pastSession(rooms[0].id, 2), pastSession(rooms[1].id, 1)];
		const emitted: string[] = [];
		for (let i = 0; i < 8; i++) {
			emitted.push(...reports((await harness.poll()).items));
			if (i === 1) sessions.push(pastSession(rooms[0].id, 0.5));
		}
		expect(emitted.sort()).toEqual(
			sessions.flatMap((s) => [`${s.id}:en:FINISHED`, `${s.id}:pl:FINISHED`]).sort(),
		);
	});

	it("Fetch Test Event: the newest ended session's report, or a clear message while it is generated", async () => {
		const room = sim.addRoom();
		pastSession(room.id, 5);
		const newest = pastSession(room.id, 2);
		const harness = new PollHarness(sim, { parameters: { event: 'pdfReport', languages: ['en'] } });
		await harness.activate();
		const stored = harness.staticData;
		const first = await harness.manual().catch((e: unknown) => e);
		expect(first).toBeInstanceOf(NodeOperationError);
		expect((first as Error).message).toMatch(
			new RegExp(`session \\(${newest.id}\\) is not ready yet \\(status NEW\\)`),
		);
		await harness.manual().catch(() => undefined);
		const done = await harness.manual();
		expect(reports(done.items)).toEqual([`${newest.id}:en:FINISHED`]);
		expect(done.staticDataAfter).toEqual(done.staticDataBefore);
		expect(harness.staticData).toEqual(stored);

		sim.reset(false);
		sim.addRoom();
		const none = await new PollHarness(sim, { parameters: PDF }).manual().catch((e: unknown) => e);
		expect((none as Error).message).toMatch(/No ended session found/);
	});
});
