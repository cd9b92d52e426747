// The services n8n's queue mode needs, started by the e2e run itself on free 127.0.0.1 ports and
// stopped by PID: PostgreSQL (n8n's database, and the CRM example's) and Redis (Bull's job queue).
// Debian's packages (`apt-get install -y redis-server postgresql`); apt does not start them here.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { RUNS_DIR, freePort, log, run, sleep } from './common.mjs';

/** Data directories inside the clone (gitignored), not in a /tmp that others may clean. */
function serviceDir(prefix) {
	fs.mkdirSync(RUNS_DIR, { recursive: true });
	return fs.mkdtempSync(path.join(RUNS_DIR, prefix));
}

/** A PostgreSQL binary: Debian keeps them in /usr/lib/postgresql/<major>/bin, off PATH. */
export function pgBin(name) {
	const base = '/usr/lib/postgresql';
	const majors = fs.existsSync(base)
		? fs
				.readdirSync(base)
				.filter((d) => /^\d+$/.test(d))
				.sort((a, b) => b - a)
		: [];
	for (const m of majors) {
		const p = path.join(base, m, 'bin', name);
		if (fs.existsSync(p)) return p;
	}
	return name; // on PATH
}

export function haveQueueServices() {
	const which = (b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0;
	return (
		which('redis-server') && which('psql') && (fs.existsSync(pgBin('initdb')) || which('initdb'))
	);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** initdb and postgres refuse to run as root: run them as the `postgres` user then. */
function asPostgres(cmd, args) {
	return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function waitGone(pid, ms) {
	const deadline = Date.now() + ms;
	while (pidAlive(pid) && Date.now() < deadline) await sleep(200);
	return !pidAlive(pid);
}

/**
 * PostgreSQL in a fresh data directory (trust auth, loopback only, fsync off: test data), on a free
 * port; `psql(db, sql)` runs SQL through the `psql` CLI and returns its unaligned output.
 */
export async function startPostgres() {
	const dir = serviceDir('queue-pg-');
	const data = path.join(dir, 'data');
	fs.mkdirSync(data, { mode: 0o700 });
	if (isRoot()) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
	const port = await freePort();
	const [initCmd, initArgs] = asPostgres(pgBin('initdb'), [
		'-D',
		data,
		'--auth=trust',
		'-U',
		'postgres',
		'--no-sync',
		'-E',
		'UTF8',
		'--locale=C',
	]);
	await run(initCmd, initArgs, { quiet: true, cwd: dir });
	const opts = [
		'-D',
		data,
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'fsync=off',
		'-c',
		'synchronous_commit=off',
		'-c',
		'full_page_writes=off',
		'-c',
		'max_connections=200',
	];
	const [cmd, args] = asPostgres(pgBin('postgres'), opts);
	const child = spawn(cmd, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code, signal) => (exited = code ?? signal));

	const psql = async (db, sql) => {
		const { stdout } = await run(
			'psql',
			[
				'-h',
				'127.0.0.1',
				'-p',
				String(port),
				'-U',
				'postgres',
				'-d',
				db,
				'-v',
				'ON_ERROR_STOP=1',
				'-X',
				'-q',
				'-At',
				'-c',
				sql,
			],
			{ quiet: true, cwd: dir, timeoutMs: 60_000 },
		);
		return stdout.replace(/\n$/, '');
	};
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (exited !== null) throw new Error(`postgres exited with ${exited}\n${output.slice(-2000)}`);
		try {
			if ((await psql('postgres', 'select 1')) === '1') break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline)
			throw new Error(`postgres did not answer within 60 s\n${output.slice(-2000)}`);
		await sleep(300);
	}
	const version = await psql('postgres', 'show server_version');
	/** The postmaster's PID (runuser forks it as its child when we run as root). */
	const postmasterPid = () =>
		Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
	return {
		port,
		version,
		dir,
		psql,
		/** A JSON value computed by Postgres (`select json_agg(...)`). */
		async json(db, sql) {
			const out = await psql(db, sql);
			return out ? JSON.parse(out) : null;
		},
		async createDatabase(name) {
			await psql('postgres', `create database ${name}`);
		},
		output: () => output,
		async stop() {
			let pid;
			try {
				pid = postmasterPid();
			} catch {
				pid = child.pid;
			}
			if (pidAlive(pid)) {
				process.kill(pid, 'SIGINT'); // "fast" shutdown
				if (!(await waitGone(pid, 30_000))) process.kill(pid, 'SIGKILL');
			}
			if (exited === null && pidAlive(child.pid)) {
				child.kill('SIGTERM');
				await waitGone(child.pid, 10_000);
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** One Redis command over RESP; the raw answer. */
function redisCommand(port, ...args) {
	return new Promise((resolve, reject) => {
		const sock = net.connect(port, '127.0.0.1');
		let out = '';
		const timer = setTimeout(() => {
			sock.destroy();
			reject(new Error('redis: no answer within 5 s'));
		}, 5_000);
		sock.on('connect', () =>
			sock.write(
				`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(String(a))}\r\n${a}\r\n`).join('')}`,
			),
		);
		sock.on('data', (d) => {
			out += d;
			if (out.endsWith('\r\n')) {
				clearTimeout(timer);
				sock.end();
				resolve(out);
			}
		});
		sock.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
	});
}

/** Redis on a free port, no persistence, its own working directory. */
export async function startRedis() {
	const dir = serviceDir('queue-redis-');
	const port = await freePort();
	const child = spawn(
		'redis-server',
		[
			'--bind',
			'127.0.0.1',
			'--port',
			String(port),
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
		],
		{ cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code, signal) => (exited = code ?? signal));
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (exited !== null)
			throw new Error(`redis-server exited with ${exited}\n${output.slice(-2000)}`);
		try {
			if ((await redisCommand(port, 'PING')).startsWith('+PONG')) break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline)
			throw new Error(`redis-server did not answer within 30 s\n${output.slice(-2000)}`);
		await sleep(200);
	}
	const info = await redisCommand(port, 'INFO', 'server');
	const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
	return {
		port,
		version,
		pid: child.pid,
		command: (...args) => redisCommand(port, ...args),
		async stop() {
			if (exited === null) {
				child.kill('SIGTERM');
				if (!(await waitGone(child.pid, 15_000))) child.kill('SIGKILL');
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

export async function startQueueServices() {
	const t0 = Date.now();
	const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
	log(
		`PostgreSQL ${pg.version} on 127.0.0.1:${pg.port}, Redis ${redis.version} on 127.0.0.1:${redis.port} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
	);
	return { pg, redis };
}
