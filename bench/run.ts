// `npm run bench`: benchmarks of the built ClickMeeting node against a bare fetch script (the
// floor) and n8n's HTTP Request node, on the simulator over loopback. Benchmarks, not tests:
// nothing here passes or fails on time. Prints medians and ratios, writes bench/results.json.
//
// Every measurement runs in a fresh worker process (warm-up first, then one timed run); the
// simulator runs in its own process. Contenders alternate within each round (the order rotates
// from round to round) and the medians over the rounds are reported.
//
// Env: BENCH_ROUNDS (5), BENCH_LATENCY_ROUNDS (3), BENCH_ITEMS (1000), BENCH_ONLY=s1,s2,s3,s4,s5,profile,
// BENCH_DIST=<dir> (measure another build of dist/), BENCH_CONTENDERS=floor,node-p1,... (scenario 1).
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Child, PKG, ROOT } from './ipc';
import type { Job, Measurement, ProfileSummary, SimInfo } from './types';

const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
const LATENCY_ROUNDS = Math.max(3, Number(process.env.BENCH_LATENCY_ROUNDS ?? 3));
const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const LATENCY_MS = 20;

interface SimStats {
	requests: number;
	byRoute: Record<string, number>;
	byStatus: Record<string, number>;
	connections: number;
	maxInFlight: number;
}

type Row = Measurement & {
	requests: number;
	byRoute: Record<string, number>;
	connections: number;
	maxInFlight: number;
};

interface ContenderResult {
	label: string;
	rounds: Row[];
	median: {
		wallMs: number;
		rssDeltaMB: number;
		heapDeltaMB: number;
		requests: number;
		connections: number;
		maxInFlight: number;
		cpuMsPerItem: number;
	};
	requestsPerRound: number[];
	byRoute: Record<string, number>;
}

interface ScenarioResult {
	id: string;
	title: string;
	latencyMs: number;
	rounds: number;
	contenders: Record<string, ContenderResult>;
	ratios: Record<string, number>;
	notes: string[];
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (...args: unknown[]) => console.error(...args);

let sim: Child;
let simInfo: SimInfo;
let tagCounter = 0;

async function simCall<T = unknown>(cmd: string, ...args: unknown[]): Promise<T> {
	return await sim.call<T>(cmd, ...args);
}

/** One measurement: a fresh worker, warm-up, then the timed run; requests counted by the simulator. */
async function measure(job: Omit<Job, 'sim' | 'runTag'>): Promise<Row> {
	const worker = new Child(path.join(__dirname, 'worker.ts'), ['--expose-gc']);
	try {
		const full: Job = { ...job, sim: simInfo, runTag: `${process.pid}-${++tagCounter}` };
		await worker.call('prepare', full);
		await simCall('clearRequests');
		const result = await worker.call<Measurement>('measure');
		const stats = await simCall<SimStats>('stats');
		return {
			...result,
			requests: stats.requests,
			byRoute: stats.byRoute,
			connections: stats.connections,
			maxInFlight: stats.maxInFlight,
		};
	} finally {
		await worker.close();
	}
}

interface ContenderSpec {
	id: string;
	label: string;
	job: Omit<Job, 'sim' | 'runTag' | 'scenario'>;
}

async function runScenario(
	id: string,
	title: string,
	scenario: Job['scenario'],
	latencyMs: number,
	rounds: number,
	contenders: ContenderSpec[],
	setup: () => Promise<Record<string, unknown>>,
): Promise<ScenarioResult> {
	log(`\n== ${id}: ${title} (${latencyMs} ms latency, ${rounds} rounds)`);
	await simCall('setLatency', 0);
	const rows: Record<string, Row[]> = Object.fromEntries(contenders.map((c) => [c.id, []]));
	for (let r = 0; r < rounds; r++) {
		const order = contenders.map((_, i) => contenders[(i + r) % contenders.length]);
		for (const contender of order) {
			await simCall('setLatency', 0);
			const extra = await setup();
			await simCall('setLatency', latencyMs);
			const row = await measure({
				scenario,
				...contender.job,
				params: { ...contender.job.params, ...extra },
			});
			rows[contender.id].push(row);
			log(
				`   round ${r + 1} ${contender.label.padEnd(34)} ${round(row.wallMs, 0)} ms, ${row.requests} requests, ` +
					`${row.connections} connections, max ${row.maxInFlight} in flight, +${round(row.rssDeltaMB)} MB RSS`,
			);
		}
	}
	await simCall('setLatency', 0);
	const result: ScenarioResult = {
		id,
		title,
		latencyMs,
		rounds,
		contenders: {},
		ratios: {},
		notes: [],
	};
	for (const contender of contenders) {
		const list = rows[contender.id];
		result.contenders[contender.id] = {
			label: contender.label,
			rounds: list.map((row) => ({
				...row,
				wallMs: round(row.wallMs, 1),
				rssDeltaMB: round(row.rssDeltaMB),
				heapDeltaMB: round(row.heapDeltaMB),
			})),
			median: {
				wallMs: round(median(list.map((row) => row.wallMs)), 1),
				rssDeltaMB: round(median(list.map((row) => row.rssDeltaMB))),
				heapDeltaMB: round(median(list.map((row) => row.heapDeltaMB))),
				requests: median(list.map((row) => row.requests)),
				connections: median(list.map((row) => row.connections)),
				maxInFlight: Math.max(...list.map((row) => row.maxInFlight)),
				cpuMsPerItem: round(median(list.map((row) => (row.cpuMs ?? 0) / ITEMS)), 3),
			},
			requestsPerRound: list.map((row) => row.requests),
			byRoute: list[0]?.byRoute ?? {},
		};
	}
	const wall = (cid: string) => result.contenders[cid]?.median.wallMs;
	for (const cid of Object.keys(result.contenders)) {
		if (!cid.startsWith('node')) continue;
		if (wall('floor')) result.ratios[`${cid} / floor`] = round(wall(cid) / wall('floor'), 2);
		if (wall('http-default'))
			result.ratios[`${cid} / http-default`] = round(wall(cid) / wall('http-default'), 2);
		if (wall('http-loop'))
			result.ratios[`${cid} / http-loop`] = round(wall(cid) / wall('http-loop'), 2);
	}
	if (wall('node-p10') && wall('node-p1'))
		result.ratios['node-p10 / node-p1'] = round(wall('node-p10') / wall('node-p1'), 3);
	return result;
}

// ---------- scenarios ----------

function scenario1Contenders(): ContenderSpec[] {
	const p = { items: ITEMS, warmupItems: 20 };
	const only = process.env.BENCH_CONTENDERS
		? new Set(process.env.BENCH_CONTENDERS.split(','))
		: undefined;
	return (<ContenderSpec[]>[
		{
			id: 'floor',
			label: 'floor: fetch keep-alive, sequential',
			job: { contender: 'floor', params: p },
		},
		{
			id: 'node-p1',
			label: 'ClickMeeting node, Fixed 1',
			job: { contender: 'node', params: { ...p, parallel: 1 } },
		},
		{
			id: 'node-p10',
			label: 'ClickMeeting node, Fixed 10',
			job: { contender: 'node', params: { ...p, parallel: 10 } },
		},
		{
			id: 'node-auto',
			label: 'ClickMeeting node, Parallel Auto',
			job: { contender: 'node', params: { ...p, parallel: 'auto' } },
		},
		{
			id: 'node-p50',
			label: 'ClickMeeting node, Parallel 50',
			job: { contender: 'node', params: { ...p, parallel: 50 } },
		},
		{
			id: 'http-default',
			label: 'HTTP Request 4.5, default',
			job: { contender: 'http-default', params: p },
		},
		{
			id: 'http-batch1',
			label: 'HTTP Request 4.5, batch 1 item / 1 ms',
			job: { contender: 'http-batch1', params: p },
		},
		{
			id: 'http-loop',
			label: 'Loop Over Items (1) + HTTP Request',
			job: { contender: 'http-loop', params: p },
		},
	]).filter((c) => !only || only.has(c.id));
}

async function registrationRoom(): Promise<Record<string, unknown>> {
	await simCall('reset');
	const roomId = await simCall<number>('addRoom', {
		room_type: 'webinar',
		registration_enabled: true,
		status: 'active',
	});
	return { roomId };
}

async function scenario1(latencyMs: number, rounds: number): Promise<ScenarioResult> {
	const result = await runScenario(
		latencyMs ? 's1-20ms' : 's1-loopback',
		`${ITEMS.toLocaleString('en')} registrations (Registration: Register, 1 execution, ${ITEMS} items)`,
		's1',
		latencyMs,
		rounds,
		scenario1Contenders(),
		registrationRoom,
	);
	result.notes.push(
		'HTTP Request 4.5 starts every item\'s request before awaiting any (its "batching" only sleeps Batch Interval between items, it does not wait for answers): "batch 1 item / 1 ms" is paced, not sequential. Loop Over Items (batch size 1) around it is n8n\'s way to send one at a time.',
	);
	return result;
}

async function scenario2(latencyMs: number, rounds: number): Promise<ScenarioResult> {
	await simCall('setLatency', 0);
	await simCall('reset');
	await simCall('seedRooms', 10_000, { status: 'inactive' });
	return await runScenario(
		latencyMs ? 's2-20ms' : 's2-loopback',
		'Conference: Get Many, inactive, Return All over 10,000 rooms (full objects)',
		's2',
		latencyMs,
		rounds,
		[
			{
				id: 'floor',
				label: 'floor: fetch pages until a short one',
				job: { contender: 'floor', params: {} },
			},
			{ id: 'node-p1', label: 'ClickMeeting node', job: { contender: 'node', params: {} } },
		],
		async () => ({}),
	);
}

async function scenario3(rounds: number): Promise<ScenarioResult> {
	return await runScenario(
		's3',
		'Access Token: Generate 4,000 tokens for one room',
		's3',
		0,
		rounds,
		[
			{
				id: 'floor',
				label: 'floor: 4 POSTs of 1000',
				job: { contender: 'floor', params: { tokens: 4000 } },
			},
			{
				id: 'node-p1',
				label: 'ClickMeeting node',
				job: { contender: 'node', params: { tokens: 4000 } },
			},
		],
		async () => {
			await simCall('reset');
			const roomId = await simCall<number>('addRoom', { access_type: 3, status: 'active' });
			const warmupRoomId = await simCall<number>('addRoom', { access_type: 3, status: 'active' });
			return { roomId, warmupRoomId };
		},
	);
}

interface PollRow {
	wallMs: number;
	items: number;
	requests: number;
	byRoute: Record<string, number>;
}

async function scenario4(polls: number): Promise<Record<string, unknown>> {
	log(
		'\n== s4: trigger poll cost (200 active rooms, 50 with registration, 20 pending PDF reports)',
	);
	const worker = async () => new Child(path.join(__dirname, 'worker.ts'), ['--expose-gc']);
	const job = (parameters: Record<string, unknown>): Job => ({
		scenario: 's4',
		contender: 'trigger',
		sim: simInfo,
		runTag: `${process.pid}-${++tagCounter}`,
		params: { parameters },
	});
	const pollOnce = async (w: Child, cmd: 'poll' | 'pollActivate', arg?: Job): Promise<PollRow> => {
		await simCall('clearRequests');
		const out = arg
			? await w.call<{ wallMs: number; items: number }>(cmd, arg)
			: await w.call<{ wallMs: number; items: number }>(cmd);
		const stats = await simCall<SimStats>('stats');
		return {
			wallMs: round(out.wallMs, 1),
			items: out.items,
			requests: stats.requests,
			byRoute: stats.byRoute,
		};
	};
	const summary = (rows: PollRow[]) => ({
		medianWallMs: round(median(rows.map((r) => r.wallMs)), 1),
		requestsPerPoll: median(rows.map((r) => r.requests)),
		byRoute: rows[0]?.byRoute,
		polls: rows,
	});

	await simCall('setLatency', 0);
	await simCall('reset');
	await simCall('eval', 'sim.options.pdfSteps = 1000000;');
	await simCall('seedRooms', 150, { status: 'active' });
	const regRooms = await simCall<number[]>('seedRooms', 50, {
		status: 'active',
		registrationEnabled: true,
	});

	// New Registration, all active rooms.
	const reg = await worker();
	const out: Record<string, unknown> = {};
	try {
		const activation = await pollOnce(
			reg,
			'pollActivate',
			job({ event: 'registration', watch: 'all' }),
		);
		const idle: PollRow[] = [];
		for (let i = 0; i < polls; i++) idle.push(await pollOnce(reg, 'poll'));
		await simCall(
			'eval',
			`const [rooms, per] = args; const base = Date.now() - 3600_000; let n = 0;
			 for (const room of rooms) for (let i = 0; i < per; i++) { sim.addRegistration(room, { email: 'p' + (n) + '@example.com', firstname: 'P', lastname: String(n), registration_date: base + n * 100 }); n++; }
			 return n;`,
			regRooms,
			200,
		);
		const burst = await pollOnce(reg, 'poll');
		const state = await reg.call<{ bytes: number; savedBytes: number }>('pollState');
		const after: PollRow[] = [];
		for (let i = 0; i < polls; i++) after.push(await pollOnce(reg, 'poll'));
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
	const pdf = await worker();
	try {
		const activation = await pollOnce(
			pdf,
			'pollActivate',
			job({ event: 'pdfReport', watch: 'all', languages: ['en'] }),
		);
		await simCall(
			'eval',
			`const [rooms] = args; const now = Date.now();
			 for (const room of rooms.slice(0, 20)) sim.addSession(room, { start_date: now - 3600_000, end_date: now - 60_000 });`,
			regRooms,
		);
		const discover = await pollOnce(pdf, 'poll');
		const steady: PollRow[] = [];
		for (let i = 0; i < polls; i++) steady.push(await pollOnce(pdf, 'poll'));
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

function coldStart(runs = 9): Record<string, unknown> {
	log('\n== s5: cold start');
	const nodeFile = path.join(PKG, 'dist/nodes/ClickMeeting/ClickMeeting.node.js');
	const triggerFile = path.join(PKG, 'dist/nodes/ClickMeeting/ClickMeetingTrigger.node.js');
	const credFile = path.join(PKG, 'dist/credentials/ClickMeetingApi.credentials.js');
	const script = (preload: boolean) => `
		const { performance } = require('node:perf_hooks');
		${preload ? "require('n8n-workflow');" : ''}
		const t0 = performance.now();
		require(${JSON.stringify(nodeFile)});
		require(${JSON.stringify(credFile)});
		const t1 = performance.now();
		require(${JSON.stringify(triggerFile)});
		const t2 = performance.now();
		process.stdout.write(JSON.stringify({ nodeAndCredentials: t1 - t0, trigger: t2 - t1 }));`;
	const sample = (preload: boolean) => {
		const rows = Array.from(
			{ length: runs },
			() =>
				JSON.parse(
					execFileSync(process.execPath, ['-e', script(preload)], { cwd: PKG, encoding: 'utf8' }),
				) as {
					nodeAndCredentials: number;
					trigger: number;
				},
		);
		return {
			nodeAndCredentialsMs: round(median(rows.map((r) => r.nodeAndCredentials)), 1),
			triggerAfterThemMs: round(median(rows.map((r) => r.trigger)), 1),
		};
	};
	const withWorkflow = sample(false);
	const ours = sample(true);
	const pack = JSON.parse(
		execSync('npm pack --dry-run --json --ignore-scripts 2>/dev/null', {
			cwd: PKG,
			encoding: 'utf8',
		}),
	) as Array<{
		size: number;
		unpackedSize: number;
		entryCount: number;
	}>;
	const result = {
		runs,
		includingN8nWorkflow: withWorkflow,
		n8nWorkflowAlreadyLoaded: ours,
		tarball: {
			bytes: pack[0].size,
			kB: round(pack[0].size / 1024),
			unpackedBytes: pack[0].unpackedSize,
			files: pack[0].entryCount,
		},
	};
	log(`   ${JSON.stringify(result)}`);
	return result;
}

async function profile(): Promise<Record<string, unknown>> {
	log(
		'\n== profile: scenario 1 on plain loopback, one profiled run each (V8 sampling profiler, 100 µs)',
	);
	const out: Record<string, unknown> = {};
	for (const contender of scenario1Contenders().filter((c) =>
		['node-p1', 'http-default'].includes(c.id),
	)) {
		await simCall('setLatency', 0);
		const extra = await registrationRoom();
		const row = await measure({
			scenario: 's1',
			contender: contender.job.contender,
			params: { ...contender.job.params, ...extra },
			profile: true,
		});
		out[contender.id] = {
			label: contender.label,
			wallMs: round(row.wallMs, 1),
			file: row.profileFile,
			...(row.profile as ProfileSummary),
		};
	}
	return out;
}

/** 1,000 registrations against the simulator's rate limit (50/s, burst 10, Retry-After 1), 20 ms latency. */
async function scenario6(): Promise<Record<string, unknown>> {
	const RATE = 50;
	log(
		`\n== s6: ${ITEMS} registrations, rate limit ${RATE}/s burst 10 Retry-After 1, 20 ms latency`,
	);
	const p = { items: ITEMS, warmupItems: 5, tolerateFailures: true };
	const contenders: ContenderSpec[] = [
		{
			id: 'node-auto',
			label: 'ClickMeeting node, Auto',
			job: { contender: 'node', params: { ...p, parallel: 'auto' } },
		},
		{
			id: 'node-p1',
			label: 'ClickMeeting node, Fixed 1',
			job: { contender: 'node', params: { ...p, parallel: 1 } },
		},
		{
			id: 'http-default',
			label: 'HTTP Request 4.5, default',
			job: { contender: 'http-default', params: p },
		},
		{
			id: 'http-retry',
			label: 'HTTP Request 4.5, Retry On Fail 5 × 1 s',
			job: { contender: 'http-retry', params: p },
		},
	];
	const out: Record<string, unknown> = {
		ratePerSecond: RATE,
		burst: 10,
		retryAfter: 1,
		latencyMs: LATENCY_MS,
		items: ITEMS,
		floorMs: (ITEMS / RATE) * 1000,
	};
	for (const contender of contenders) {
		await simCall('setLatency', 0);
		await simCall('eval', 'sim.setRateLimit(null);');
		const extra = await registrationRoom();
		await simCall('eval', `sim.setRateLimit({ perSecond: ${RATE}, burst: 10, retryAfter: 1 });`);
		await simCall('setLatency', LATENCY_MS);
		const row = await measure({
			scenario: 's1',
			...contender.job,
			params: { ...contender.job.params, ...extra },
		});
		await simCall('setLatency', 0);
		const stats = await simCall<SimStats>('stats');
		const regs = await simCall<{ total: number; distinct: number }>(
			'eval',
			`const list = sim.state.registrationsOfRoom(args[0]).filter((r) => String(r.email).startsWith('run-'));
			 return { total: list.length, distinct: new Set(list.map((r) => String(r.email).toLowerCase())).size };`,
			extra.roomId,
		);
		await simCall('eval', 'sim.setRateLimit(null);');
		const result = {
			label: contender.label,
			succeeded: regs.distinct,
			failed: ITEMS - regs.distinct,
			duplicates: regs.total - regs.distinct,
			requests: row.requests,
			answered429: stats.byStatus['429'] ?? 0,
			share429: round((stats.byStatus['429'] ?? 0) / Math.max(1, row.requests), 3),
			wallMs: round(row.wallMs, 0),
			wallOverFloor: round(row.wallMs / ((ITEMS / RATE) * 1000), 2),
			cpuMsPerItem: round((row.cpuMs ?? 0) / ITEMS, 3),
		};
		out[contender.id] = result;
		log(`   ${JSON.stringify(result)}`);
	}
	return out;
}

// ---------- output ----------

function pad(text: string, width: number, right = false) {
	return right ? text.padStart(width) : text.padEnd(width);
}

function table(result: ScenarioResult): string {
	const lines = [
		`${result.id}: ${result.title}; ${result.latencyMs} ms added latency; median of ${result.rounds} rounds`,
	];
	const header = [
		'contender',
		'wall ms',
		'vs floor',
		'peak RSS MB',
		'peak heap MB',
		'requests',
		'conns',
		'max in flight',
	];
	const widths = [38, 9, 9, 12, 13, 9, 6, 14];
	lines.push(header.map((h, i) => pad(h, widths[i], i > 0)).join(' '));
	const floor = result.contenders.floor?.median.wallMs;
	for (const c of Object.values(result.contenders)) {
		const m = c.median;
		lines.push(
			[
				pad(c.label, widths[0]),
				pad(m.wallMs.toFixed(0), widths[1], true),
				pad(floor ? (m.wallMs / floor).toFixed(2) + 'x' : '', widths[2], true),
				pad(m.rssDeltaMB.toFixed(1), widths[3], true),
				pad(m.heapDeltaMB.toFixed(1), widths[4], true),
				pad(String(m.requests), widths[5], true),
				pad(String(m.connections), widths[6], true),
				pad(String(m.maxInFlight), widths[7], true),
			].join(' '),
		);
	}
	const ratios = Object.entries(result.ratios).map(([k, v]) => `${k} = ${v}`);
	if (ratios.length) lines.push(`ratios: ${ratios.join('; ')}`);
	return lines.join('\n');
}

const SHIPPED = [
	'dist/nodes/ClickMeeting/ClickMeeting.node.js',
	'dist/nodes/ClickMeeting/ClickMeetingTrigger.node.js',
	'dist/credentials/ClickMeetingApi.credentials.js',
];

/** Copies the built package to bench/.tmp/pkg (building again if dist/ is missing or partial). */
function snapshotPackage(): void {
	const complete = () => SHIPPED.every((file) => existsSync(path.join(ROOT, file)));
	if (!complete()) execSync('npm run -s build', { cwd: ROOT, stdio: 'inherit' });
	rmSync(PKG, { recursive: true, force: true });
	mkdirSync(PKG, { recursive: true });
	// BENCH_DIST: measure another build (e.g. a patched scratch copy of dist/) instead.
	cpSync(
		process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist'),
		path.join(PKG, 'dist'),
		{
			recursive: true,
		},
	);
	for (const file of ['package.json', 'README.md', 'LICENSE']) {
		if (existsSync(path.join(ROOT, file))) cpSync(path.join(ROOT, file), path.join(PKG, file));
	}
	if (!SHIPPED.every((file) => existsSync(path.join(PKG, file)))) {
		throw new Error('dist/ changed while it was copied (another build?): run the bench again');
	}
}

async function main() {
	const started = Date.now();
	snapshotPackage();
	sim = new Child(path.join(__dirname, 'sim-child.ts'));
	simInfo = await simCall<SimInfo>('start', 0);
	const want = (id: string) => !ONLY || ONLY.has(id);
	const scenarios: ScenarioResult[] = [];
	const results: Record<string, unknown> = {
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model,
			memoryGB: round(os.totalmem() / 1024 ** 3),
			node: process.version,
			platform: `${os.platform()} ${os.release()}`,
		},
		date: new Date().toISOString(),
		config: { rounds: ROUNDS, latencyRounds: LATENCY_ROUNDS, items: ITEMS, latencyMs: LATENCY_MS },
		memory:
			'peak RSS and peak V8 heapUsed above a baseline taken in the same process after warm-up and a forced GC, sampled every 5 ms during the timed run',
	};
	try {
		if (want('s1') || want('s1-loopback')) scenarios.push(await scenario1(0, ROUNDS));
		if (want('s1') || want('s1-20ms')) scenarios.push(await scenario1(LATENCY_MS, LATENCY_ROUNDS));
		if (want('s2') || want('s2-loopback')) scenarios.push(await scenario2(0, ROUNDS));
		if (want('s2') || want('s2-20ms')) scenarios.push(await scenario2(LATENCY_MS, LATENCY_ROUNDS));
		if (want('s3')) scenarios.push(await scenario3(ROUNDS));
		results.scenarios = Object.fromEntries(scenarios.map((s) => [s.id, s]));
		if (want('s4')) {
			try {
				results.trigger = await scenario4(ROUNDS);
			} catch (error) {
				results.trigger = { error: String((error as Error)?.message ?? error) };
				log(`   scenario 4 failed: ${String((error as Error)?.message ?? error)}`);
			}
		}
		if (want('s5')) results.coldStart = coldStart();
		if (want('s6')) results.rateLimited = await scenario6();
		if (want('profile')) results.profile = await profile();
	} finally {
		await sim.close();
	}
	results.benchSeconds = round((Date.now() - started) / 1000, 0);
	const file = path.join(ROOT, 'bench/results.json');
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);

	const machine = results.machine as { cpus: number; cpuModel: string; node: string };
	console.log(
		`\nClickMeeting node benchmarks: ${machine.cpus} CPU cores (${machine.cpuModel}), Node.js ${machine.node}`,
	);
	console.log(`memory: ${results.memory}\n`);
	for (const s of scenarios) console.log(`${table(s)}\n`);
	if (results.trigger)
		console.log(
			`s4 trigger: ${JSON.stringify(results.trigger, (k, v) => (k === 'polls' ? undefined : v))}\n`,
		);
	if (results.rateLimited) console.log(`s6 rate-limited: ${JSON.stringify(results.rateLimited)}\n`);
	if (results.coldStart) console.log(`s5 cold start: ${JSON.stringify(results.coldStart)}\n`);
	if (results.profile) {
		for (const [id, p] of Object.entries(
			results.profile as Record<string, ProfileSummary & { label: string }>,
		)) {
			console.log(`profile ${id} (${p.label}), ${p.totalMs} ms sampled; top self time:`);
			for (const e of p.top.slice(0, 10))
				console.log(
					`  ${pad(e.selfPct.toFixed(1) + '%', 6, true)}  ${pad(e.function, 34)} ${pad(e.category, 28)} ${e.location}`,
				);
			console.log(
				`  by origin: ${Object.entries(p.byCategory)
					.sort((a, b) => b[1].selfMs - a[1].selfMs)
					.map(([k, v]) => `${k} ${v.selfPct}%`)
					.join(', ')}\n`,
			);
		}
	}
	console.log(`wrote ${path.relative(ROOT, file)} in ${results.benchSeconds} s`);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
