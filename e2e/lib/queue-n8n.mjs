// One n8n line in queue mode: a main (`n8n start`) and two workers (`n8n worker`), each with its own
// user folder and the package installed in it (as on separate hosts), sharing Postgres, Redis and
// the encryption key. Processes are started and stopped by PID.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { freePort, installPackageInto, log, n8nEnv, sleep, startN8n } from './common.mjs';

/**
 * What each line needs to keep binary data out of the execution's memory so that a file
 * downloaded on a worker reaches main (the webhook's answer) byte for byte:
 * 1.x: `database` (only when also listed in N8N_AVAILABLE_BINARY_DATA_MODES; else silently in memory),
 *      or `filesystem` with one N8N_BINARY_DATA_STORAGE_PATH shared by every process;
 * 2.x: `database`, the queue-mode default (no settings).
 */
export function binaryEnv(line, mode, sharedDir) {
	if (mode === 'filesystem') {
		return {
			N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
			N8N_BINARY_DATA_STORAGE_PATH: sharedDir,
			N8N_AVAILABLE_BINARY_DATA_MODES: 'filesystem',
		};
	}
	if (mode === 'default') return { N8N_DEFAULT_BINARY_DATA_MODE: 'default' }; // in memory: the control that must fail on 1.x
	if (line.id === 'n8n1')
		return {
			N8N_DEFAULT_BINARY_DATA_MODE: 'database',
			N8N_AVAILABLE_BINARY_DATA_MODES: 'filesystem,database',
		};
	return {};
}

export const defaultBinaryMode = () => 'database';

async function distinctPorts(n, taken = new Set()) {
	const ports = [];
	while (ports.length < n) {
		const p = await freePort();
		if (!taken.has(p)) {
			taken.add(p);
			ports.push(p);
		}
	}
	return ports;
}

/** Folders, ports and environments of main, worker1 and worker2 for one line. */
export async function prepareQueueLine(line, runDir, { pg, redis, database, binaryMode }) {
	fs.rmSync(runDir, { recursive: true, force: true });
	const sharedBinary = path.join(runDir, 'binary-data');
	const taken = new Set();
	const common = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		QUEUE_BULL_PREFIX: `cm-e2e-${line.id}`,
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: 'trust-auth-unused',
		DB_POSTGRESDB_POOL_SIZE: '4',
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1', // the health check listens on every interface by default
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '15',
		...binaryEnv(line, binaryMode, sharedBinary),
	};
	const procs = {};
	for (const name of ['main', 'worker1', 'worker2']) {
		const userFolder = path.join(runDir, name);
		fs.mkdirSync(path.join(userFolder, 'logs'), { recursive: true });
		const [port, broker, health] = await distinctPorts(3, taken);
		const env = {
			...n8nEnv(line, userFolder, port),
			...common,
			N8N_RUNNERS_BROKER_PORT: String(broker),
			QUEUE_HEALTH_CHECK_PORT: String(health),
		};
		installPackageInto(line, path.join(userFolder, '.n8n'));
		procs[name] = {
			name,
			line,
			runDir,
			userFolder,
			env,
			baseUrl: `http://127.0.0.1:${port}`,
			healthUrl: `http://127.0.0.1:${health}`,
		};
	}
	if (binaryMode === 'filesystem') fs.mkdirSync(sharedBinary, { recursive: true });
	return procs;
}

function logOf(proc) {
	try {
		return fs.readFileSync(path.join(proc.userFolder, 'logs', 'n8n.log'), 'utf8');
	} catch {
		return '';
	}
}

export const logTailOf = (proc, chars = 3000) => logOf(proc).slice(-chars);

/** `n8n worker --concurrency=5`; resolves once its health check answers /healthz/readiness. */
export async function startWorker(proc) {
	const child = spawn(proc.line.nodeBin, [proc.line.n8nBin, 'worker', '--concurrency=5'], {
		cwd: proc.userFolder,
		env: proc.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code, signal) => (exited = code ?? signal));
	const deadline = Date.now() + 180_000;
	for (;;) {
		if (exited !== null)
			throw new Error(
				`${proc.name}: n8n worker exited with ${exited}\n${output.slice(-3000)}\n${logTailOf(proc)}`,
			);
		try {
			const res = await fetch(`${proc.healthUrl}/healthz/readiness`);
			if (res.ok) break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline)
			throw new Error(`${proc.name} not ready within 180 s\n${logTailOf(proc)}`);
		await sleep(500);
	}
	return handle(
		child,
		() => exited,
		() => output,
	);
}

/** Stop by PID: SIGTERM (graceful), SIGKILL after 30 s; then the process group (task runners). */
function handle(child, exitedOf, output) {
	return {
		pid: child.pid,
		output,
		async stop() {
			if (exitedOf() === null) {
				const done = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
				await done;
				clearTimeout(timer);
			}
			try {
				process.kill(-child.pid, 'SIGKILL'); // leftovers of its group (task runner children)
			} catch {
				// none
			}
		},
	};
}

/**
 * Which of `ids` main has activated since `mark()`: 1.x logs `Activated workflow "…" (ID: x)`; 2.x
 * activates through its publication outbox (no such log line): a `completed` row per workflow.
 */
export function activationProbe(line, t) {
	if (line.id === 'n8n1') {
		return {
			mark: async () => logOf(t.procs.main).length,
			pending: async (mark, ids) => {
				const since = logOf(t.procs.main).slice(mark);
				return ids.filter(
					(id) => !new RegExp(`Activated workflow[^\\n]*\\(ID: ${id}\\)`).test(since),
				);
			},
		};
	}
	const outbox = 'workflow_publication_outbox';
	return {
		mark: async () =>
			Number(
				await t.pg.psql(
					t.db,
					`select case when to_regclass('${outbox}') is null then 0 else (select coalesce(max(id), 0) from ${outbox}) end`,
				),
			),
		pending: async (mark, ids) => {
			const rows = await t.pg.json(
				t.db,
				`select coalesce(json_agg(json_build_object('id', "workflowId", 'status', status, 'error', "errorMessage")), '[]') from ${outbox} where id > ${mark}`,
			);
			const failed = rows.filter((r) => r.status === 'failed' || r.status === 'partial_success');
			if (failed.length) throw new Error(`activation failed: ${JSON.stringify(failed)}`);
			return ids.filter((id) => !rows.some((r) => r.id === id && r.status === 'completed'));
		},
	};
}

/**
 * `n8n start`: common.mjs' startN8n (resolves once /rest/login answers JSON), then until
 * `proc.activation` says every id in `proc.waitActive` is activated: /rest/login answers before
 * the active workflows' webhooks and triggers are registered.
 */
export async function startMain(proc) {
	const probe = proc.activation;
	const mark = probe ? await probe.mark() : 0;
	const handle = await startN8n(proc);
	const deadline = Date.now() + 180_000;
	for (;;) {
		const missing = probe ? await probe.pending(mark, proc.waitActive ?? []) : [];
		if (!missing.length) break;
		if (Date.now() > deadline) {
			await handle.stop();
			throw new Error(
				`main did not activate ${missing.join(', ')} within 180 s\n${logTailOf(proc)}`,
			);
		}
		await sleep(500);
	}
	return handle;
}

/** The executions each worker ran, from its log: `Worker started execution N` / `... finished execution N`. */
export function workerExecutions(proc) {
	const started = new Set();
	const finished = new Set();
	for (const l of logOf(proc).split('\n')) {
		const m = /Worker (started|finished) execution (\d+)/.exec(l);
		if (m) (m[1] === 'started' ? started : finished).add(m[2]);
	}
	return { started, finished };
}

/** Main's `Enqueued execution N` lines. */
export function enqueuedByMain(proc) {
	const ids = new Set();
	for (const l of logOf(proc).split('\n')) {
		const m = /Enqueued execution (\d+)/.exec(l);
		if (m) ids.add(m[1]);
	}
	return ids;
}

/** The logs of every process, for the no-DNS check. */
export function failedLookups(procs) {
	const hits = [];
	for (const proc of Object.values(procs)) {
		const dir = path.join(proc.userFolder, 'logs');
		if (!fs.existsSync(dir)) continue;
		for (const f of fs.readdirSync(dir)) {
			for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
				const m = /(getaddrinfo|ENOTFOUND|EAI_AGAIN)[^"\\]{0,80}/.exec(l);
				if (m) hits.push(`${proc.name}/${f}: ${m[0]}`);
			}
		}
	}
	return [...new Set(hits)];
}

export { log };
