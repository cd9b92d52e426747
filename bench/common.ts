// What every scenario shares: the settings from the environment, the simulator process, one
// measurement in a fresh worker, and the rounds of a scenario whose contenders alternate.
import path from 'node:path';

import { Child } from './ipc';
import type { Job, Measurement, SimInfo } from './types';

export const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
export const LATENCY_ROUNDS = Math.max(3, Number(process.env.BENCH_LATENCY_ROUNDS ?? 3));
export const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
export const LATENCY_MS = 20;

export const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
export const log = (...args: unknown[]) => console.error(...args);

export interface SimStats {
	requests: number;
	byRoute: Record<string, number>;
	byStatus: Record<string, number>;
	connections: number;
	maxInFlight: number;
}

export type Row = Measurement & {
	requests: number;
	byRoute: Record<string, number>;
	connections: number;
	maxInFlight: number;
};

export interface ContenderResult {
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

export interface ScenarioResult {
	id: string;
	title: string;
	latencyMs: number;
	rounds: number;
	contenders: Record<string, ContenderResult>;
	ratios: Record<string, number>;
	notes: string[];
}

let sim: Child | undefined;
let simInfo: SimInfo;
let tagCounter = 0;

/** Starts the simulator in its own process (one core for it, one for the contender). */
export async function startSim(): Promise<void> {
	sim = new Child(path.join(__dirname, 'sim-child.ts'));
	simInfo = await simCall<SimInfo>('start', 0);
}

export async function stopSim(): Promise<void> {
	await sim?.close();
}

export async function simCall<T = unknown>(cmd: string, ...args: unknown[]): Promise<T> {
	if (!sim) throw new Error('startSim() first');
	return await sim.call<T>(cmd, ...args);
}

/** A fresh bench worker (the contender's process). */
export const newWorker = () => new Child(path.join(__dirname, 'worker.ts'), ['--expose-gc']);

/** A job for a worker: the simulator's address and key, and a tag unique to this measurement. */
export function jobFor(job: Omit<Job, 'sim' | 'runTag'>): Job {
	return { ...job, sim: simInfo, runTag: `${process.pid}-${++tagCounter}` };
}

/** One measurement: a fresh worker, warm-up, then the timed run; requests counted by the simulator. */
export async function measure(job: Omit<Job, 'sim' | 'runTag'>): Promise<Row & SimStats> {
	const worker = newWorker();
	try {
		await worker.call('prepare', jobFor(job));
		await simCall('clearRequests');
		const result = await worker.call<Measurement>('measure');
		const stats = await simCall<SimStats>('stats');
		return { ...result, ...stats };
	} finally {
		await worker.close();
	}
}

export interface ContenderSpec {
	id: string;
	label: string;
	job: Omit<Job, 'sim' | 'runTag' | 'scenario'>;
}

/** A contender: its id in results.json, its label, the worker's contender kind and its params. */
export const contender = (
	id: string,
	label: string,
	kind: string,
	params: Job['params'],
): ContenderSpec => ({ id, label, job: { contender: kind, params } });

/** A fresh simulator with one active webinar room, registration on. */
export async function registrationRoom(): Promise<Record<string, unknown>> {
	await simCall('reset');
	const roomId = await simCall<number>('addRoom', {
		room_type: 'webinar',
		registration_enabled: true,
		status: 'active',
	});
	return { roomId };
}

function summarize(label: string, list: Row[]): ContenderResult {
	const mid = (pick: (row: Row) => number) => median(list.map(pick));
	return {
		label,
		rounds: list.map((row) => ({
			...row,
			wallMs: round(row.wallMs, 1),
			rssDeltaMB: round(row.rssDeltaMB),
			heapDeltaMB: round(row.heapDeltaMB),
		})),
		median: {
			wallMs: round(
				mid((row) => row.wallMs),
				1,
			),
			rssDeltaMB: round(mid((row) => row.rssDeltaMB)),
			heapDeltaMB: round(mid((row) => row.heapDeltaMB)),
			requests: mid((row) => row.requests),
			connections: mid((row) => row.connections),
			maxInFlight: Math.max(...list.map((row) => row.maxInFlight)),
			cpuMsPerItem: round(
				mid((row) => (row.cpuMs ?? 0) / ITEMS),
				3,
			),
		},
		requestsPerRound: list.map((row) => row.requests),
		byRoute: list[0]?.byRoute ?? {},
	};
}

/**
 * Rounds of a scenario: in each, every contender once (the order rotates from round to round),
 * `setup` on a loopback simulator before each measurement; medians over the rounds.
 */
export async function runScenario(
	id: string,
	title: string,
	scenario: Job['scenario'],
	latencyMs: number,
	rounds: number,
	contenders: ContenderSpec[],
	setup: () => Promise<Record<string, unknown>>,
): Promise<ScenarioResult> {
	log(`\n== ${id}: ${title} (${latencyMs} ms latency, ${rounds} rounds)`);
	const rows: Record<string, Row[]> = Object.fromEntries(contenders.map((c) => [c.id, []]));
	for (let r = 0; r < rounds; r++) {
		const order = contenders.map((_, i) => contenders[(i + r) % contenders.length]);
		for (const spec of order) {
			await simCall('setLatency', 0);
			const extra = await setup();
			await simCall('setLatency', latencyMs);
			const row = await measure({
				scenario,
				...spec.job,
				params: { ...spec.job.params, ...extra },
			});
			rows[spec.id].push(row);
			log(
				`   round ${r + 1} ${spec.label.padEnd(38)} ${round(row.wallMs, 0)} ms, ${row.requests} requests, ` +
					`${row.connections} connections, max ${row.maxInFlight} in flight, ` +
					`${round((row.cpuMs ?? 0) / ITEMS, 2)} ms CPU/item, +${round(row.rssDeltaMB)} MB RSS`,
			);
		}
	}
	await simCall('setLatency', 0);
	const result: ScenarioResult = {
		id,
		title,
		latencyMs,
		rounds,
		contenders: Object.fromEntries(contenders.map((c) => [c.id, summarize(c.label, rows[c.id])])),
		ratios: {},
		notes: [],
	};
	const wall = (cid: string) => result.contenders[cid]?.median.wallMs;
	for (const cid of Object.keys(result.contenders)) {
		if (!cid.startsWith('node')) continue;
		for (const base of ['floor', 'http-default', 'http-loop'])
			if (wall(base)) result.ratios[`${cid} / ${base}`] = round(wall(cid) / wall(base), 2);
	}
	if (wall('node-p10') && wall('node-p1'))
		result.ratios['node-p10 / node-p1'] = round(wall('node-p10') / wall('node-p1'), 3);
	return result;
}
