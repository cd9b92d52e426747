// One bench measurement in a fresh process: `prepare` loads what the contender needs and warms
// it up (a small run of the same kind), `measure` runs it once, timed, sampling memory, and
// optionally CPU-profiling just that run. Contenders load only their own modules, so the floor
// script's process holds no n8n code at all.
import { writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { PKG, ROOT, serve } from './ipc';
import type { Job, Measurement, ProfileSummary } from './types';
import { summarizeProfile } from './profile';

// One n8n-workflow in the process, as in n8n: n8n-core, our node and n8n-nodes-base (which has
// its own copy under bench/node_modules) all get the root one.
{
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const Module = require('node:module') as {
		_resolveFilename: (request: string, ...rest: unknown[]) => string;
	};
	const shared: Record<string, string> = {
		'n8n-workflow': require.resolve('n8n-workflow', { paths: [ROOT] }),
		'n8n-core': require.resolve('n8n-core', { paths: [ROOT] }),
	};
	const original = Module._resolveFilename;
	Module._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
		if (shared[request]) return shared[request];
		// Under ts-node, '../nodes/ClickMeeting/ClickMeeting.node' would resolve to the codex file
		// ClickMeeting.node.json (.json comes before .ts); the test harness means the .ts source.
		if (request.endsWith('.node') && request.startsWith('.')) {
			try {
				return original.call(this, `${request}.ts`, ...rest);
			} catch {
				// not a TypeScript source: resolve as usual
			}
		}
		return original.call(this, request, ...rest);
	};
}

type Runner = (size: 'warmup' | 'measure') => Promise<number>;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

// ---------- the floor: a bare fetch script, keep-alive, sequential ----------

function floorHeaders(job: Job, form: boolean): Record<string, string> {
	return {
		'X-Api-Key': job.sim.apiKey,
		Accept: 'application/json',
		...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
	};
}

function floorRunner(job: Job): Runner {
	const { baseUrl } = job.sim;
	const p = job.params;
	if (job.scenario === 's1') {
		return async (size) => {
			const count = size === 'warmup' ? p.warmupItems! : p.items!;
			const tag = size === 'warmup' ? 'warm' : 'run';
			let ok = 0;
			for (let i = 0; i < count; i++) {
				const body = new URLSearchParams({
					'registration[1]': `First${i}`,
					'registration[2]': `Last${i}`,
					'registration[3]': `${tag}-${job.runTag}-${i}@example.com`,
				}).toString();
				const res = await fetch(`${baseUrl}/conferences/${p.roomId}/registration`, {
					method: 'POST',
					headers: floorHeaders(job, true),
					body,
				});
				const json = (await res.json()) as { status?: string };
				if (res.ok && json) ok++;
			}
			return ok;
		};
	}
	if (job.scenario === 's2') {
		return async (size) => {
			const rooms: unknown[] = [];
			if (size === 'warmup') {
				const res = await fetch(`${baseUrl}/conferences/inactive?page=1`, {
					headers: floorHeaders(job, false),
				});
				return ((await res.json()) as unknown[]).length;
			}
			for (let page = 1; ; page++) {
				const res = await fetch(`${baseUrl}/conferences/inactive?page=${page}`, {
					headers: floorHeaders(job, false),
				});
				const list = (await res.json()) as unknown[];
				rooms.push(...list);
				if (list.length < 250) break;
			}
			return rooms.length;
		};
	}
	if (job.scenario === 's3') {
		return async (size) => {
			const total = size === 'warmup' ? 10 : p.tokens!;
			const room = size === 'warmup' ? p.warmupRoomId! : p.roomId!;
			const tokens: unknown[] = [];
			for (let left = total; left > 0; left -= 1000) {
				const res = await fetch(`${baseUrl}/conferences/${room}/tokens`, {
					method: 'POST',
					headers: floorHeaders(job, true),
					body: `how_many=${Math.min(1000, left)}`,
				});
				const json = (await res.json()) as { access_tokens?: unknown[] };
				tokens.push(...(json.access_tokens ?? []));
			}
			return tokens.length;
		};
	}
	throw new Error(`no floor for ${job.scenario}`);
}

// ---------- n8n contenders: the built ClickMeeting node, n8n's HTTP Request node ----------

function n8nRunner(job: Job): Runner {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const engine = require('./engine') as typeof import('./engine');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { ClickMeeting } = require(
		path.join(PKG, 'dist/nodes/ClickMeeting/ClickMeeting.node.js'),
	) as {
		ClickMeeting: new () => import('n8n-workflow').INodeType;
	};
	const p = job.params;
	const credentials = { clickMeetingApi: { apiKey: job.sim.apiKey, baseUrl: job.sim.baseUrl } };
	const cred = { clickMeetingApi: { id: '1', name: 'ClickMeeting account' } };
	const nodeTypes: Record<
		string,
		import('n8n-workflow').INodeType | import('n8n-workflow').IVersionedNodeType
	> = {
		'n8n-nodes-clickmeeting.clickMeeting': new ClickMeeting(),
	};

	const people = (count: number, tag: string) =>
		Array.from({ length: count }, (_, i) => ({
			json: {
				firstName: `First${i}`,
				lastName: `Last${i}`,
				email: `${tag}-${job.runTag}-${i}@example.com`,
			},
		}));

	// The first node: n8n's No Operation, passing the input on (as a trigger's output reaches the
	// next node; Loop Over Items needs a node before it).
	const base = path.join(ROOT, 'bench/node_modules/n8n-nodes-base/dist/nodes');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { NoOp } = require(path.join(base, 'NoOp/NoOp.node.js'));
	nodeTypes['n8n-nodes-base.noOp'] = new NoOp();
	const start: import('n8n-workflow').INode = {
		id: 's',
		name: 'Start',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const to = (node: string) => ({ main: [[{ node, type: 'main' as never, index: 0 }]] });

	let nodes: import('n8n-workflow').INode[];
	let connections: import('n8n-workflow').IConnections;
	let input: (size: 'warmup' | 'measure') => import('n8n-workflow').INodeExecutionData[] = () => [
		{ json: {} },
	];
	const outputNode = 'Target';
	/** The node measured: the ClickMeeting node or n8n's HTTP Request node. */
	const target = (
		type: string,
		typeVersion: number,
		extra: Partial<import('n8n-workflow').INode> = {},
	): import('n8n-workflow').INode => ({
		id: 't',
		name: outputNode,
		type,
		typeVersion,
		position: [200, 0],
		parameters: {},
		credentials: cred,
		...extra,
	});
	let parameters: (size: 'warmup' | 'measure') => import('n8n-workflow').INodeParameters;

	if (job.contender.startsWith('node')) {
		// 'auto': the default (Request Options left empty); a number: Fixed at that many.
		const requestOptions =
			p.parallel === 'auto'
				? {}
				: { parallelMode: 'fixed', parallelRequests: Number(p.parallel ?? 1) };
		if (job.scenario === 's1') {
			parameters = () => ({
				resource: 'registration',
				operation: 'register',
				room: { __rl: true, mode: 'id', value: String(p.roomId) },
				firstName: '={{ $json.firstName }}',
				lastName: '={{ $json.lastName }}',
				email: '={{ $json.email }}',
				requestOptions,
			});
			input = (size) =>
				people(size === 'warmup' ? p.warmupItems! : p.items!, size === 'warmup' ? 'warm' : 'run');
		} else if (job.scenario === 's2') {
			parameters = (size) => ({
				resource: 'conference',
				operation: 'getAll',
				status: 'inactive',
				...(size === 'warmup' ? { returnAll: false, limit: 10 } : { returnAll: true }),
				output: 'raw',
				requestOptions,
			});
		} else if (job.scenario === 's3') {
			parameters = (size) => ({
				resource: 'accessToken',
				operation: 'generate',
				room: {
					__rl: true,
					mode: 'id',
					value: String(size === 'warmup' ? p.warmupRoomId : p.roomId),
				},
				howMany: size === 'warmup' ? 10 : p.tokens,
				requestOptions,
			});
		} else throw new Error(`no node workflow for ${job.scenario}`);
		nodes = [start, target('n8n-nodes-clickmeeting.clickMeeting', 1)];
		connections = { Start: to('Target') };
	} else if (job.contender.startsWith('http')) {
		if (job.scenario !== 's1') throw new Error('the HTTP Request node runs in scenario 1 only');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { HttpRequest } = require(path.join(base, 'HttpRequest/HttpRequest.node.js'));
		nodeTypes['n8n-nodes-base.httpRequest'] = new HttpRequest();
		const batching =
			job.contender === 'http-batch1'
				? { batching: { batch: { batchSize: 1, batchInterval: 1 } } }
				: {};
		parameters = () => ({
			method: 'POST',
			url: `${job.sim.baseUrl}/conferences/${p.roomId}/registration`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'clickMeetingApi',
			sendBody: true,
			contentType: 'form-urlencoded',
			bodyParameters: {
				parameters: [
					{ name: 'registration[1]', value: '={{ $json.firstName }}' },
					{ name: 'registration[2]', value: '={{ $json.lastName }}' },
					{ name: 'registration[3]', value: '={{ $json.email }}' },
				],
			},
			options: batching,
		});
		input = (size) =>
			people(size === 'warmup' ? p.warmupItems! : p.items!, size === 'warmup' ? 'warm' : 'run');
		const http = target(
			'n8n-nodes-base.httpRequest',
			4.5,
			// n8n's own Retry On Fail (the whole node, every item, again)
			job.contender === 'http-retry'
				? { retryOnFail: true, maxTries: 5, waitBetweenTries: 1000 }
				: {},
		);
		if (job.contender === 'http-loop') {
			// n8n's way to send one item at a time: Loop Over Items (batch size 1) around the node.
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const { SplitInBatches } = require(path.join(base, 'SplitInBatches/SplitInBatches.node.js'));
			nodeTypes['n8n-nodes-base.splitInBatches'] = new SplitInBatches();
			nodes = [
				start,
				{
					id: 'l',
					name: 'Loop',
					type: 'n8n-nodes-base.splitInBatches',
					typeVersion: 3,
					position: [100, 0],
					parameters: { batchSize: 1, options: {} },
				},
				http,
			];
			connections = {
				Start: to('Loop'),
				Loop: { main: [[], [{ node: 'Target', type: 'main' as never, index: 0 }]] },
				Target: to('Loop'),
			};
		} else {
			nodes = [start, http];
			connections = { Start: to('Target') };
		}
	} else throw new Error(`unknown contender ${job.contender}`);

	return async (size) => {
		const measured = nodes.find((n) => n.name === 'Target')!;
		measured.parameters = parameters(size);
		const run = await engine.runWorkflow({
			nodes,
			connections,
			input: input(size),
			credentials,
			nodeTypes,
		});
		if (p.tolerateFailures) {
			// Rate-limited runs: a failed run or error items are results, not bench errors.
			if (run.data.resultData.error) return 0;
			const out = engine.outputOf(run, outputNode);
			return out.filter((item) => item.json.error === undefined).length;
		}
		const items = engine.outputOf(run, outputNode);
		const failed = items.filter((item) => item.json.error !== undefined).length;
		if (failed)
			throw new Error(
				`${failed} items failed: ${JSON.stringify(items.find((i) => i.json.error)?.json)}`,
			);
		return items.length;
	};
}

// ---------- the measurement ----------

let runner: Runner;
let job: Job;

async function profileRun(
	fn: () => Promise<number>,
): Promise<{ result: number; profile: ProfileSummary; file: string }> {
	const session = new Session();
	session.connect();
	const post = (method: string, params?: object) =>
		new Promise<unknown>((resolve, reject) =>
			session.post(method, params ?? {}, (error, result) =>
				error ? reject(error) : resolve(result),
			),
		);
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', { interval: 100 });
	await post('Profiler.start');
	const result = await fn();
	const { profile } = (await post('Profiler.stop')) as { profile: import('./profile').CpuProfile };
	session.disconnect();
	const dir = path.join(ROOT, 'bench/.tmp');
	mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${job.scenario}-${job.contender}.cpuprofile`);
	writeFileSync(file, JSON.stringify(profile));
	return { result, profile: summarizeProfile(profile), file: path.relative(ROOT, file) };
}

// ---------- scenario 4: the trigger, driven poll by poll through n8n-core's polling path ----------

let harness: import('../test/harness/poll').PollHarness | undefined;

async function timedPoll(fn: () => Promise<{ items: unknown[] | null; error?: Error }>) {
	gc();
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	const outcome = await fn();
	const wallMs = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	if (outcome.error) throw outcome.error;
	return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, items: outcome.items?.length ?? 0 };
}

serve({
	/** Builds a poll harness on the BUILT trigger and activates it (the baseline poll). */
	async pollActivate(j: Job) {
		job = j;
		const { PollHarness } =
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			require('../test/harness/poll') as typeof import('../test/harness/poll');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { ClickMeetingTrigger } = require(
			path.join(PKG, 'dist/nodes/ClickMeeting/ClickMeetingTrigger.node.js'),
		) as {
			ClickMeetingTrigger: new () => import('n8n-workflow').INodeType;
		};
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { ClickMeetingApi } = require(
			path.join(PKG, 'dist/credentials/ClickMeetingApi.credentials.js'),
		) as {
			ClickMeetingApi: new () => import('n8n-workflow').ICredentialType;
		};
		// The harness reads requests from an in-process simulator; ours runs in its own process and
		// counts them there, so it gets the address and key only.
		const simLike = {
			...job.sim,
			requests: [],
		} as unknown as import('../simulator').ClickMeetingSimulator;
		harness = new PollHarness(simLike, {
			parameters: job.params.parameters as import('n8n-workflow').INodeParameters,
			trigger: new ClickMeetingTrigger(),
			credentialTypes: { clickMeetingApi: new ClickMeetingApi() },
			checkSecrets: false,
		});
		return await timedPoll(() => harness!.activate());
	},
	async poll() {
		return await timedPoll(() => harness!.poll());
	},
	pollState() {
		const data = harness!.staticData;
		return {
			bytes: Buffer.byteLength(JSON.stringify(data)),
			savedBytes: Buffer.byteLength(JSON.stringify(harness!.saved)),
		};
	},
	async prepare(j: Job) {
		job = j;
		runner = job.contender === 'floor' ? floorRunner(job) : n8nRunner(job);
		await runner('warmup');
		await runner('warmup');
		return true;
	},
	async measure(): Promise<Measurement> {
		gc();
		gc();
		const base = process.memoryUsage();
		let peakRss = base.rss;
		let peakHeap = base.heapUsed;
		const sample = () => {
			const m = process.memoryUsage();
			if (m.rss > peakRss) peakRss = m.rss;
			if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
		};
		const timer = job.profile ? undefined : setInterval(sample, 5);
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		let outputItems: number;
		let profile: ProfileSummary | undefined;
		let profileFile: string | undefined;
		if (job.profile) {
			const profiled = await profileRun(() => runner('measure'));
			outputItems = profiled.result;
			profile = profiled.profile;
			profileFile = profiled.file;
		} else {
			outputItems = await runner('measure');
		}
		const wallMs = performance.now() - t0;
		const cpu = process.cpuUsage(cpu0);
		clearInterval(timer);
		sample();
		const MB = 1024 * 1024;
		return {
			wallMs,
			rssDeltaMB: (peakRss - base.rss) / MB,
			heapDeltaMB: (peakHeap - base.heapUsed) / MB,
			baselineRssMB: base.rss / MB,
			cpuMs: (cpu.user + cpu.system) / 1000,
			outputItems,
			profile,
			profileFile,
		};
	},
	close() {
		setImmediate(() => process.exit(0));
	},
});
