// The ClickMeeting Trigger (the BUILT one), driven poll by poll through n8n-core's polling path
// (test/harness/poll.ts in a bench worker). s4: what polls cost on a mid-size account; s7: one
// scheduled poll over 10,000 watched rooms at 50 ms per answer (issue #17's target: < 60 s).
import type { Child } from '../ipc';
import type { SimStats } from '../common';
import { jobFor, log, median, newWorker, round, simCall } from '../common';

interface PollRow {
	wallMs: number;
	cpuMs: number;
	items: number;
	requests: number;
	connections: number;
	maxInFlight: number;
	byRoute: Record<string, number>;
}

type PollAnswer = { wallMs: number; cpuMs: number; items: number };

const triggerJob = (parameters: Record<string, unknown>) =>
	jobFor({ scenario: 's4', contender: 'trigger', params: { parameters } });

/** One poll in worker `w` (the activation when `activate` is given), with the simulator's counts. */
async function pollOnce(w: Child, activate?: Record<string, unknown>): Promise<PollRow> {
	await simCall('clearRequests');
	const out = activate
		? await w.call<PollAnswer>('pollActivate', triggerJob(activate))
		: await w.call<PollAnswer>('poll');
	const stats = await simCall<SimStats>('stats');
	return {
		wallMs: round(out.wallMs, 1),
		cpuMs: round(out.cpuMs, 0),
		items: out.items,
		requests: stats.requests,
		connections: stats.connections,
		maxInFlight: stats.maxInFlight,
		byRoute: stats.byRoute,
	};
}

const summary = (rows: PollRow[]) => ({
	medianWallMs: round(median(rows.map((r) => r.wallMs)), 1),
	requestsPerPoll: median(rows.map((r) => r.requests)),
	maxInFlight: Math.max(...rows.map((r) => r.maxInFlight)),
	byRoute: rows[0]?.byRoute,
	polls: rows,
});

/** s4: 200 active rooms, 50 with registration; 10,000 new registrations; 20 pending PDF reports. */
export async function triggerCost(polls: number): Promise<Record<string, unknown>> {
	log(
		'\n== s4: trigger poll cost (200 active rooms, 50 with registration, 20 pending PDF reports)',
	);
	await simCall('setLatency', 0);
	await simCall('reset');
	await simCall('eval', 'sim.options.pdfSteps = 1000000;');
	await simCall('seedRooms', 150, { status: 'active' });
	const regRooms = await simCall<number[]>('seedRooms', 50, {
		status: 'active',
		registrationEnabled: true,
	});

	// New Registration, all active rooms.
	const out: Record<string, unknown> = {};
	const reg = newWorker();
	try {
		const activation = await pollOnce(reg, { event: 'registration', watch: 'all' });
		const idle: PollRow[] = [];
		for (let i = 0; i < polls; i++) idle.push(await pollOnce(reg));
		await simCall(
			'eval',
			`const [rooms, per] = args; const base = Date.now() - 3600_000; let n = 0;
			 for (const room of rooms) for (let i = 0; i < per; i++) { sim.addRegistration(room, { email: 'p' + (n) + '@example.com', firstname: 'P', lastname: String(n), registration_date: base + n * 100 }); n++; }
			 return n;`,
			regRooms,
			200,
		);
		const burst = await pollOnce(reg);
		const state = await reg.call<{ bytes: number; savedBytes: number }>('pollState');
		const after: PollRow[] = [];
		for (let i = 0; i < polls; i++) after.push(await pollOnce(reg));
		out.registration = {
			activation,
			idle: summary(idle),
			burstOf10000: burst,
			stateBytesAfter10000: state.bytes,
			savedStateBytesAfter10000: state.savedBytes,
			idleWith10000: summary(after),
		};
		log(
			`   registration: activation ${activation.requests} requests; idle poll ${summary(idle).requestsPerPoll} requests, ${summary(idle).medianWallMs} ms; 10,000 new: ${burst.items} items in ${burst.wallMs} ms (${burst.requests} requests), state ${state.bytes} bytes; idle with 10,000: ${summary(after).medianWallMs} ms`,
		);
	} finally {
		await reg.close();
	}

	// PDF Report Finished: 20 sessions end after activation; their reports stay in progress.
	const pdf = newWorker();
	try {
		const activation = await pollOnce(pdf, { event: 'pdfReport', watch: 'all', languages: ['en'] });
		await simCall(
			'eval',
			`const [rooms] = args; const now = Date.now();
			 for (const room of rooms.slice(0, 20)) sim.addSession(room, { start_date: now - 3600_000, end_date: now - 60_000 });`,
			regRooms,
		);
		const discover = await pollOnce(pdf);
		const steady: PollRow[] = [];
		for (let i = 0; i < polls; i++) steady.push(await pollOnce(pdf));
		const state = await pdf.call<{ bytes: number; savedBytes: number }>('pollState');
		out.pdfReport = {
			activation,
			discoveryPoll: discover,
			withPending20: summary(steady),
			stateBytes: state.bytes,
		};
		log(
			`   pdfReport: activation ${activation.requests} requests; discovery ${discover.requests}; steady poll with 20 pending ${summary(steady).requestsPerPoll} requests, ${summary(steady).medianWallMs} ms`,
		);
	} finally {
		await pdf.close();
	}
	return out;
}

export const BIG_POLL_TARGET_MS = 60_000;

/**
 * s7: New Registration over BENCH_TRIGGER_ROOMS (10,000) active rooms, registration on in every
 * one: the activation (baseline) on loopback, then BENCH_TRIGGER_POLLS (1) scheduled polls at
 * BENCH_TRIGGER_LATENCY (50) ms per answer, each reading the room list and every room.
 */
export async function bigPoll(): Promise<Record<string, unknown>> {
	const rooms = Number(process.env.BENCH_TRIGGER_ROOMS ?? 10_000);
	const latencyMs = Number(process.env.BENCH_TRIGGER_LATENCY ?? 50);
	const polls = Math.max(1, Number(process.env.BENCH_TRIGGER_POLLS ?? 1));
	log(
		`\n== s7: trigger poll over ${rooms.toLocaleString('en')} active rooms with registration on, ${latencyMs} ms per answer, ${polls} poll(s)`,
	);
	await simCall('setLatency', 0);
	await simCall('reset');
	await simCall('seedRooms', rooms, { status: 'active', registrationEnabled: true });
	const worker = newWorker();
	try {
		const activation = await pollOnce(worker, { event: 'registration', watch: 'all' });
		log(
			`   activation (loopback): ${activation.requests} requests in ${activation.wallMs} ms, max ${activation.maxInFlight} in flight`,
		);
		await simCall('setLatency', latencyMs);
		const rows: PollRow[] = [];
		for (let i = 0; i < polls; i++) {
			const row = await pollOnce(worker);
			rows.push(row);
			log(
				`   poll ${i + 1}: ${row.wallMs} ms, ${row.requests} requests, max ${row.maxInFlight} in flight, ${row.connections} connections, ${row.cpuMs} ms CPU`,
			);
		}
		await simCall('setLatency', 0);
		const result = summary(rows);
		return {
			rooms,
			latencyMs,
			event: 'registration',
			activationLoopback: activation,
			...result,
			targetMs: BIG_POLL_TARGET_MS,
			withinTarget: result.medianWallMs < BIG_POLL_TARGET_MS,
		};
	} finally {
		await simCall('setLatency', 0);
		await worker.close();
	}
}
