#!/usr/bin/env node
// End-to-end run of n8n-nodes-clickmeeting in n8n's queue mode: PostgreSQL + Redis + main + 2 workers,
// for n8n 1.x (Node.js 20) and 2.x (Node.js 24).
//
//   npm run e2e:queue                         # both lines
//   npm run e2e:queue -- --only n8n1          # one line (n8n1 | n8n2)
//   npm run e2e:queue -- --binary-mode filesystem   # 1.x/2.x with a shared N8N_BINARY_DATA_STORAGE_PATH
//   npm run e2e:queue -- --binary-mode default      # in memory (1.x's default): the download checks must fail
//   npm run e2e:queue -- --keep               # leave the user folders in e2e/.n8n-runs/queue-<line>
//
// Postgres and Redis are started by this script on free 127.0.0.1 ports (fresh data directories,
// removed at the end); per line: its own database and Bull prefix, a simulator, and three user
// folders (main, worker1, worker2), each with the package installed. Then: the examples run through
// main's webhooks on the workers (outputs checked as in `npm run e2e`), File → Download and PDF Report
// downloads answered byte for byte, the CRM sync example into Postgres, the ClickMeeting Trigger
// exactly once across restarts. Every process is stopped by PID. Exits non-zero on any failed check.
import fs from 'node:fs';
import path from 'node:path';

import { CHECKS } from './checks.mjs';
import {
	CREDENTIAL,
	ROOT,
	RUNS_DIR,
	SIM_KEY,
	TRIGGER_ID,
	ensureInstalled,
	freePort,
	log,
	n8nCli,
	run,
	startSimulator,
} from './lib/common.mjs';
import { executionsOf, lastExecutionId } from './lib/queue-db.mjs';
import { crmChecks, downloadChecks, runThroughMain } from './lib/queue-checks.mjs';
import {
	activationProbe,
	failedLookups,
	logTailOf,
	prepareQueueLine,
	startMain,
	startWorker,
	workerExecutions,
} from './lib/queue-n8n.mjs';
import { haveQueueServices, startQueueServices } from './lib/queue-services.mjs';
import { simIds, triggerScenario } from './lib/queue-trigger.mjs';
import { createReport, options, runMain } from './lib/report.mjs';
import {
	CRM_ID,
	FILE_DOWNLOAD_ID,
	PDF_DOWNLOAD_ID,
	PG_CREDENTIAL,
	SESSION_TRIGGER_ID,
	queueWorkflows,
	writeWorkflows,
} from './lib/queue-workflows.mjs';

const { lines, keep, flag, value } = options();
const binaryMode = value('--binary-mode') ?? 'database';

const report = createReport();
const { timings } = report;
const reports = {};

const checker = (line) => (name, fn) => report.check(line, name, fn);

/** Import the credentials (ClickMeeting → simulator, Postgres → the CRM database) and the workflows; activate them. */
async function importAndActivate(t) {
	const main = t.procs.main;
	const credFile = path.join(t.runDir, 'credentials.json');
	fs.writeFileSync(
		credFile,
		JSON.stringify(
			[
				{ ...CREDENTIAL, data: { apiKey: SIM_KEY, baseUrl: t.sim.baseUrl } },
				{
					...PG_CREDENTIAL,
					data: {
						host: '127.0.0.1',
						port: t.pg.port,
						database: t.crmDb,
						user: 'postgres',
						password: '',
						ssl: 'disable',
						allowUnauthorizedCerts: false,
						sshTunnel: false,
						maxConnections: 10,
					},
				},
			],
			null,
			2,
		),
	);
	await n8nCli(main, ['import:credentials', `--input=${credFile}`]);
	const wfDir = path.join(t.runDir, 'workflows');
	// the examples with checks (e2e/checks.mjs), the trigger, the CRM sync, and the queue run's own
	// workflows; an example without checks (e.g. one started by its own kind of trigger) is left to `npm run e2e`
	const own = new Set([
		TRIGGER_ID,
		SESSION_TRIGGER_ID,
		CRM_ID,
		FILE_DOWNLOAD_ID,
		PDF_DOWNLOAD_ID,
		...Object.keys(CHECKS),
	]);
	t.workflows = queueWorkflows().filter((w) => own.has(w.id));
	writeWorkflows(wfDir, t.workflows);
	await n8nCli(main, ['import:workflow', '--separate', `--input=${wfDir}`]);
	// activation by the CLI reaches only a main started afterwards
	if (t.line.id === 'n8n1') await n8nCli(main, ['update:workflow', '--all', '--active=true']);
	else {
		// 2.x: one `publish:workflow --id` per workflow (no --all), three at a time
		const ids = t.workflows.map((w) => w.id);
		for (let i = 0; i < ids.length; i += 3)
			await Promise.all(ids.slice(i, i + 3).map((id) => n8nCli(main, t.line.activateArgs(id))));
	}
	// main must have activated these before the run calls their webhooks
	t.procs.main.waitActive = t.workflows.map((w) => w.id);
	t.procs.main.activation = activationProbe(t.line, t);
	const active = await t.pg.json(
		t.db,
		`select coalesce(json_agg(id order by id), '[]') from workflow_entity where active`,
	);
	const missing = t.workflows.map((w) => w.id).filter((id) => !active.includes(id));
	if (missing.length) throw new Error(`not active after the CLI: ${missing.join(', ')}`);
}

async function examplesThroughMain(t, check) {
	for (const wf of t.workflows) {
		const checks = CHECKS[wf.id];
		if (!checks) continue; // the triggers, the CRM sync and the download workflows have checks of their own
		let exec;
		const ran = await check(
			`"${wf.name}" through main's webhook, executed by a worker`,
			async () => {
				({ exec } = await runThroughMain(t, wf.id));
			},
		);
		for (const [name, fn] of checks) {
			if (!ran) {
				report.fail(t.line, name, 'the workflow did not execute');
				continue;
			}
			await check(name, () => fn(exec.runData, t.sim));
		}
	}
}

async function runLine(line, services) {
	const lineStart = Date.now();
	log(`=== ${line.label} in queue mode (binary data: ${binaryMode})`);
	await ensureInstalled(line, timings);
	const check = checker(line);
	const runDir = path.join(RUNS_DIR, `queue-${line.id}`);
	const t = {
		line,
		runDir,
		pg: services.pg,
		redis: services.redis,
		db: `n8n_${line.id}`,
		crmDb: `crm_${line.id}`,
		report: {},
		binaryModes: new Set(),
		downloadExecs: [],
	};
	reports[line.label] = t.report;
	await t.pg.createDatabase(t.db);
	await t.pg.createDatabase(t.crmDb);
	t.sim = await startSimulator(await freePort());
	t.procs = await prepareQueueLine(line, runDir, {
		pg: t.pg,
		redis: t.redis,
		database: t.db,
		binaryMode,
	});
	t.handles = {};
	log(
		`simulator on ${t.sim.baseUrl}; database ${t.db}; user folders in ${path.relative(ROOT, runDir)}`,
	);
	try {
		if (
			!(await check('import the credentials and workflows into Postgres, activate them (CLI)', () =>
				importAndActivate(t),
			))
		)
			throw new Error('import failed');
		t.baseline = {
			registration: await simIds(t.sim, 'registration'),
			session: await simIds(t.sim, 'session'),
		};
		await t.sim.control('DELETE', '/requests');
		const t0 = Date.now();
		const started = await check(
			'main (n8n start) and 2 workers (n8n worker --concurrency=5) up',
			async () => {
				const [main, worker1, worker2] = await Promise.all([
					startMain(t.procs.main),
					startWorker(t.procs.worker1),
					startWorker(t.procs.worker2),
				]);
				Object.assign(t.handles, { main, worker1, worker2 });
			},
		);
		timings.push([`${line.label} main + 2 workers start`, Date.now() - t0]);
		if (!started) throw new Error('n8n did not start');
		// on a restart 2.x re-activates (outbox rows) only workflows with polling/cron triggers; their
		// webhooks stay registered in the database: the restarts below wait for the two triggers
		t.procs.main.waitActive = [TRIGGER_ID, SESSION_TRIGGER_ID];

		const t1 = Date.now();
		await examplesThroughMain(t, check);
		await downloadChecks(t, check);
		await crmChecks(t, check);
		timings.push([`${line.label} examples, downloads, CRM`, Date.now() - t1]);

		await check(
			'the webhook executions were all run by the workers, and both workers were used',
			async () => {
				const ids = [];
				for (const wf of t.workflows) {
					if (wf.id === TRIGGER_ID || wf.id === SESSION_TRIGGER_ID) continue;
					ids.push(...(await executionsOf(t, wf.id)).map((e) => e.id));
				}
				const w1 = workerExecutions(t.procs.worker1).started;
				const w2 = workerExecutions(t.procs.worker2).started;
				const unknown = ids.filter((id) => !w1.has(id) && !w2.has(id));
				const both = ids.filter((id) => w1.has(id) && w2.has(id));
				if (unknown.length || both.length)
					throw new Error(
						`executions in no worker's log: ${unknown.join(', ') || '-'}; in both: ${both.join(', ') || '-'}\n${logTailOf(t.procs.worker1, 1500)}`,
					);
				const n1 = ids.filter((id) => w1.has(id)).length;
				if (!n1 || n1 === ids.length)
					throw new Error(
						`worker1 ran ${n1} of ${ids.length} executions: one worker did everything`,
					);
				t.report.webhookExecutions = { total: ids.length, worker1: n1, worker2: ids.length - n1 };
				log(`    ${ids.length} webhook executions: worker1 ${n1}, worker2 ${ids.length - n1}`);
			},
		);

		const t2 = Date.now();
		await triggerScenario(t, check);
		timings.push([`${line.label} trigger scenario (3 restarts)`, Date.now() - t2]);
		t.report.binaryModes = [...t.binaryModes];
		t.report.lastExecutionId = await lastExecutionId(t);

		await check(
			'n8n called nothing outside 127.0.0.1 (no failed DNS lookup in the logs of main and the workers)',
			() => {
				const hits = failedLookups(t.procs);
				if (hits.length) throw new Error(hits.join('\n'));
			},
		);
	} catch (error) {
		report.fail(line, 'run', error);
	} finally {
		for (const name of ['worker1', 'worker2', 'main'])
			if (t.handles[name]) await t.handles[name].stop();
		await t.sim.stop();
		if (!keep && report.lineOk(line)) fs.rmSync(runDir, { recursive: true, force: true });
	}
	timings.push([`${line.label} total`, Date.now() - lineStart]);
}

async function main() {
	const start = Date.now();
	if (!['database', 'filesystem', 'default'].includes(binaryMode))
		throw new Error('--binary-mode takes database, filesystem or default');
	if (!haveQueueServices())
		throw new Error(
			'redis-server and PostgreSQL are needed: apt-get install -y redis-server postgresql',
		);

	if (
		!fs.existsSync(path.join(ROOT, 'dist', 'nodes', 'ClickMeeting', 'ClickMeeting.node.js')) ||
		!flag('--no-build')
	) {
		log('building the package (npm run build)');
		const t0 = Date.now();
		await run('npm', ['run', 'build'], { quiet: true });
		timings.push(['npm run build', Date.now() - t0]);
	}
	fs.mkdirSync(RUNS_DIR, { recursive: true });
	const t0 = Date.now();
	const services = await startQueueServices();
	timings.push(['Postgres + Redis start', Date.now() - t0]);
	try {
		for (const line of lines) {
			try {
				await runLine(line, services);
			} catch (error) {
				report.fail(line, 'install and start', error);
			}
		}
	} finally {
		await services.redis.stop();
		await services.pg.stop();
	}

	report.summary({
		title: 'e2e queue-mode summary',
		subtitle: `PostgreSQL ${services.pg.version}, Redis ${services.redis.version}; binary data: ${binaryMode}`,
		lines,
		lineSuffix: ', main + 2 workers',
		measured: reports,
		start,
	});
}

runMain(main);
