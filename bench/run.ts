// `npm run bench`: benchmarks of the built ClickMeeting node against a bare fetch script (the
// floor) and n8n's HTTP Request node, on the simulator over loopback. Benchmarks, not tests:
// nothing here passes or fails on time. Prints medians, ratios and issue #17's targets beside
// the figures, writes bench/results.json.
//
// Every measurement runs in a fresh worker process (warm-up first, then one timed run) on the
// test harness's runner (test/harness/execute.ts); the simulator runs in its own process.
// Contenders alternate within each round (the order rotates from round to round) and the medians
// over the rounds are reported. The scenarios are in bench/scenarios/.
//
// Env: BENCH_ROUNDS (5), BENCH_LATENCY_ROUNDS (3), BENCH_ITEMS (1000),
// BENCH_ONLY=s1,s1-loopback,s1-20ms,s2,s2-loopback,s2-20ms,s3,s4,s5,s6,s7,profile (default: all),
// BENCH_CONTENDERS=floor,node-p1,... (s1), BENCH_DIST=<dir> (measure another build of dist/),
// BENCH_TRIGGER_ROOMS (10000), BENCH_TRIGGER_LATENCY (50), BENCH_TRIGGER_POLLS (1) (s7),
// BENCH_OUT=<file> (instead of bench/results.json: a partial run's figures).
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ScenarioResult } from './common';
import { ITEMS, LATENCY_MS, LATENCY_ROUNDS, log, ROUNDS, round, startSim, stopSim } from './common';
import { PKG, ROOT } from './ipc';
import { printProfile, table, targets } from './report';
import { coldStart } from './scenarios/cold-start';
import { accessTokens, returnAll } from './scenarios/lists';
import { profile } from './scenarios/profile';
import { rateLimited } from './scenarios/rate-limited';
import { registrations } from './scenarios/registrations';
import { bigPoll, triggerCost } from './scenarios/trigger';
import type { ProfileSummary } from './types';

const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;

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
	const dist = process.env.BENCH_DIST
		? path.resolve(process.env.BENCH_DIST)
		: path.join(ROOT, 'dist');
	cpSync(dist, path.join(PKG, 'dist'), { recursive: true });
	for (const file of ['package.json', 'README.md', 'LICENSE']) {
		if (existsSync(path.join(ROOT, file))) cpSync(path.join(ROOT, file), path.join(PKG, file));
	}
	if (!SHIPPED.every((file) => existsSync(path.join(PKG, file)))) {
		throw new Error('dist/ changed while it was copied (another build?): run the bench again');
	}
}

/** A scenario that fails is recorded with its error; the others still run. */
async function guarded<T>(id: string, fn: () => Promise<T> | T): Promise<T | { error: string }> {
	try {
		return await fn();
	} catch (error) {
		const message = String((error as Error)?.message ?? error);
		log(`   ${id} failed: ${message}`);
		return { error: message };
	}
}

async function main() {
	const started = Date.now();
	snapshotPackage();
	await startSim();
	const want = (...ids: string[]) => !ONLY || ids.some((id) => ONLY.has(id));
	const scenarios: ScenarioResult[] = [];
	const results: Record<string, unknown> = {
		machine: {
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model,
			memoryGB: round(os.totalmem() / 1024 ** 3),
			node: process.version,
			platform: `${os.platform()} ${os.release()}`,
			loadAverageAtStart: os.loadavg().map((n) => round(n, 2)),
		},
		date: new Date().toISOString(),
		only: ONLY ? [...ONLY] : 'all',
		config: { rounds: ROUNDS, latencyRounds: LATENCY_ROUNDS, items: ITEMS, latencyMs: LATENCY_MS },
		memory:
			'peak RSS and peak V8 heapUsed above a baseline taken in the same process after warm-up and a forced GC, sampled every 5 ms during the timed run',
	};
	try {
		if (want('s1', 's1-loopback')) scenarios.push(await registrations(0, ROUNDS));
		if (want('s1', 's1-20ms')) scenarios.push(await registrations(LATENCY_MS, LATENCY_ROUNDS));
		if (want('s2', 's2-loopback')) scenarios.push(await returnAll(0, ROUNDS));
		if (want('s2', 's2-20ms')) scenarios.push(await returnAll(LATENCY_MS, LATENCY_ROUNDS));
		if (want('s3')) scenarios.push(await accessTokens(ROUNDS));
		results.scenarios = Object.fromEntries(scenarios.map((s) => [s.id, s]));
		if (want('s4')) results.trigger = await guarded('s4', () => triggerCost(ROUNDS));
		if (want('s5')) results.coldStart = coldStart();
		if (want('s6')) results.rateLimited = await rateLimited();
		if (want('s7')) results.bigPoll = await guarded('s7', bigPoll);
		if (want('profile')) results.profile = await profile();
	} finally {
		await stopSim();
	}
	results.targets = targets(results);
	results.benchSeconds = round((Date.now() - started) / 1000, 0);
	const file = path.resolve(ROOT, process.env.BENCH_OUT ?? 'bench/results.json');
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);

	const machine = results.machine as { cpus: number; cpuModel: string; node: string };
	console.log(
		`\nClickMeeting node benchmarks: ${machine.cpus} CPU cores (${machine.cpuModel}), Node.js ${machine.node}`,
	);
	console.log(`memory: ${results.memory}\n`);
	for (const s of scenarios) console.log(`${table(s)}\n`);
	const omitPolls = (k: string, v: unknown) => (k === 'polls' ? undefined : v);
	if (results.trigger) console.log(`s4 trigger: ${JSON.stringify(results.trigger, omitPolls)}\n`);
	if (results.rateLimited) console.log(`s6 rate-limited: ${JSON.stringify(results.rateLimited)}\n`);
	if (results.bigPoll) console.log(`s7 trigger, big poll: ${JSON.stringify(results.bigPoll)}\n`);
	if (results.coldStart) console.log(`s5 cold start: ${JSON.stringify(results.coldStart)}\n`);
	if (results.profile)
		printProfile(results.profile as Record<string, ProfileSummary & { label: string }>);
	const list = results.targets as ReturnType<typeof targets>;
	if (list.length) {
		console.log('issue #17 targets (measured on this machine, this run):');
		for (const t of list)
			console.log(`  ${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${String(t.value)}`);
		console.log('');
	}
	console.log(`wrote ${path.relative(ROOT, file)} in ${results.benchSeconds} s`);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
