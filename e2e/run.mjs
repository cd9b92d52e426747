#!/usr/bin/env node
// End-to-end run of n8n-nodes-clickmeeting in real n8n: 1.x on Node.js 20, 2.x on Node.js 24.
//
//   npm run e2e                         # both lines, CLI workflows + trigger + browser
//   npm run e2e -- --only n8n1          # one line (n8n1 | n8n2)
//   npm run e2e -- --no-browser         # skip the editor test
//   npm run e2e -- --mcp-only           # the MCP server checks only (e2e/mcp.mjs)
//   npm run e2e -- --keep               # leave the last run's user folders in e2e/.n8n-runs
//
// Per line: build the package, install n8n (first run only: `npm ci --ignore-scripts` + `npm rebuild
// sqlite3`), start the simulator, a fresh n8n user folder with the package in `.n8n/nodes`, import the
// credential and examples/, `n8n execute` each example and check its output, activate the trigger
// workflow in a running `n8n start`, add a registration, check that it fired once, then the editor
// in Chromium. Exits non-zero on any failed check.
import fs from 'node:fs';
import path from 'node:path';

import { CHECKS } from './checks.mjs';
import { FOLLOW_UP_ID, followUpTest } from './follow-up.mjs';
import { MCP_ID, mcpTest, prepareMcp } from './mcp.mjs';
import {
	POLL_MS,
	ROOT,
	RUNS_DIR,
	TRIGGER_ID,
	ensureE2eDeps,
	ensureInstalled,
	freePort,
	log,
	logTail,
	n8nCli,
	restClient,
	run,
	setupOwner,
	sleep,
	startN8n,
	startSimulator,
} from './lib/common.mjs';
import {
	examples,
	executeWorkflow,
	executionRunData,
	executionsOf,
	importExamples,
	isPolled,
	prepareInstance,
} from './lib/workflows.mjs';
import { createReport, options, runMain } from './lib/report.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';

const { lines, keep, flag } = options();
const withBrowser = !flag('--no-browser');
/** Import, start and the browser only (to work on the editor test). */
const browserOnly = flag('--browser-only');
/** Import, start and the MCP checks only (to work on e2e/mcp.mjs). */
const mcpOnly = flag('--mcp-only');

const report = createReport();
const { timings } = report;
const check = report.check;

async function runLine(line) {
	const lineStart = Date.now();
	log(`=== ${line.label}`);
	await ensureInstalled(line, timings);
	log(
		`${line.label} on Node.js ${(await run(line.nodeBin, ['-v'], { quiet: true })).stdout.trim()}`,
	);
	const runStart = Date.now();

	const ctx = await prepareInstance(line, path.join(RUNS_DIR, line.id));
	const { runDir } = ctx;
	const sim = await startSimulator(await freePort());
	const smtp = await startSmtpSink();
	log(
		`simulator on ${sim.baseUrl}; SMTP sink on ${smtp.host}:${smtp.port}; n8n user folder ${path.relative(ROOT, ctx.userFolder)}`,
	);
	let n8n;
	try {
		const imported = await check(line, 'import the credentials and the example workflows', () =>
			importExamples(ctx, sim, { smtp }),
		);
		if (!imported) throw new Error('import failed; skipping the rest of this line');

		// every example but the triggered ones: `n8n execute --id`, then its checks
		for (const { workflow } of examples({ withSmtp: true })) {
			if (isPolled(workflow) || workflow.id === MCP_ID || browserOnly || mcpOnly) continue;
			const checks = CHECKS[workflow.id];
			let runData;
			const t0 = Date.now();
			const executed = await check(line, `execute "${workflow.name}"`, async () => {
				runData = await executeWorkflow(ctx, workflow.id);
			});
			timings.push([`${line.label} execute ${workflow.id}`, Date.now() - t0]);
			if (!checks) {
				report.fail(line, `checks for ${workflow.id}`, 'no checks defined in e2e/checks.mjs');
				continue;
			}
			for (const [name, fn] of checks) {
				if (!executed) {
					report.fail(line, name, 'the workflow did not execute');
					continue;
				}
				await check(line, name, () => fn(runData, sim));
			}
		}

		// the trigger: activate, start n8n, register someone, expect exactly one execution
		await check(line, 'activate the ClickMeeting Trigger workflows (CLI)', async () => {
			if (browserOnly) return;
			await n8nCli(ctx, line.activateArgs(TRIGGER_ID));
			if (!mcpOnly) await n8nCli(ctx, line.activateArgs(FOLLOW_UP_ID));
		});
		if (!browserOnly)
			await check(line, 'activate the MCP server workflows (CLI)', () => prepareMcp(ctx));
		await sim.control('DELETE', '/requests'); // from here on, the simulator's log holds the trigger's polls only
		const t0 = Date.now();
		n8n = await startN8n(ctx);
		timings.push([`${line.label} n8n start`, Date.now() - t0]);
		const rest = restClient(ctx.baseUrl);
		await check(line, 'owner account set up over REST', async () => {
			await setupOwner(rest);
			const me = await rest.call('GET', '/rest/login');
			if (me?.data?.email !== 'owner@example.com')
				throw new Error(`GET /rest/login: ${JSON.stringify(me).slice(0, 300)}`);
		});
		if (!browserOnly && !mcpOnly) {
			await check(
				line,
				'trigger fires exactly once for one registration added after activation',
				() => triggerTest(ctx, rest, sim),
			);
			await check(
				line,
				'after-webinar follow-up: thank-you to each attendee, the recording link to each no-show, nothing twice',
				() => followUpTest(ctx, rest, sim, smtp),
			);
		}

		if (withBrowser && !mcpOnly) {
			const { browserTest } = await import('./browser.mjs');
			const t1 = Date.now();
			await browserTest({ ctx, sim, line, check: (name, fn) => check(line, name, fn) });
			timings.push([`${line.label} browser test`, Date.now() - t1]);
		}
		if (!browserOnly) await mcpTest({ ctx, rest, sim, check: (name, fn) => check(line, name, fn) });
		await n8n.stop();
		n8n = undefined;
		await check(
			line,
			'n8n called nothing outside 127.0.0.1 (no failed DNS lookup in its logs)',
			() => {
				const logs = path.join(ctx.userFolder, 'logs');
				const hits = [];
				for (const f of fs.readdirSync(logs)) {
					for (const l of fs.readFileSync(path.join(logs, f), 'utf8').split('\n')) {
						const m = /(getaddrinfo|ENOTFOUND|EAI_AGAIN)[^"\\]{0,80}/.exec(l);
						if (m) hits.push(`${f}: ${m[0]}`);
					}
				}
				if (hits.length) throw new Error([...new Set(hits)].join('\n'));
			},
		);
	} catch (error) {
		report.fail(line, 'run', error);
	} finally {
		if (n8n) await n8n.stop();
		await sim.stop();
		await smtp.stop();
		if (!keep && report.lineOk(line)) fs.rmSync(runDir, { recursive: true, force: true });
	}
	timings.push([`${line.label} run (without install)`, Date.now() - runStart]);
	timings.push([`${line.label} total`, Date.now() - lineStart]);
}

async function triggerTest(ctx, rest, sim) {
	const wf = await rest.call('GET', `/rest/workflows/${TRIGGER_ID}`);
	if (!wf?.data?.active)
		throw new Error(
			`the trigger workflow is not active after start: ${JSON.stringify(wf?.data ?? wf).slice(0, 300)}`,
		);

	// activation runs one poll (the baseline): wait for it
	const pollsOf = async () => {
		const answer = await sim.control('GET', '/requests');
		const reqs = Array.isArray(answer) ? answer : (answer.requests ?? []);
		return reqs.filter((r) => r.method === 'GET' && /registrations/.test(r.path)).length;
	};
	const deadline = Date.now() + 60_000;
	while ((await pollsOf()) < 1) {
		if (Date.now() > deadline)
			throw new Error(`the trigger did not poll the simulator within 60 s\n${logTail(ctx)}`);
		await sleep(500);
	}
	const before = await executionsOf(rest, TRIGGER_ID);
	if (before.length)
		throw new Error(
			`the trigger fired before any new registration (${before.length} executions): the seeded registrations must be the baseline`,
		);

	const email = `e2e.${ctx.line.id}.${Date.now()}@example.com`;
	await sim.control('POST', '/registrations', {
		room_id: 1002,
		email,
		firstname: 'Erin',
		lastname: 'Endtoend',
	});
	const added = Date.now();

	let execs = [];
	while (!execs.length) {
		if (Date.now() - added > 60_000)
			throw new Error(`no execution within 60 s of the registration\n${logTail(ctx)}`);
		await sleep(1000);
		execs = await executionsOf(rest, TRIGGER_ID);
	}
	log(
		`  trigger fired ${((Date.now() - added) / 1000).toFixed(1)} s after the registration; watching 3 more polls for duplicates`,
	);
	await sleep(3 * POLL_MS + 1000);
	execs = await executionsOf(rest, TRIGGER_ID);
	if (execs.length !== 1) throw new Error(`expected 1 execution, got ${execs.length}`);
	const exec = execs[0];
	if (exec.status && exec.status !== 'success')
		throw new Error(`execution ${exec.id} status ${exec.status}`);

	// the items it produced
	const runData = await executionRunData(ctx, rest, exec.id);
	const trig = runData?.['New Registration']?.[0]?.data?.main?.[0] ?? [];
	const rows = runData?.['Welcome Row']?.[0]?.data?.main?.[0] ?? [];
	if (trig.length !== 1)
		throw new Error(
			`the trigger emitted ${trig.length} items: ${JSON.stringify(trig.map((i) => i.json)).slice(0, 500)}`,
		);
	if (trig[0].json.email !== email)
		throw new Error(`emitted registration ${trig[0].json.email}, expected ${email}`);
	const expected = {
		Email: email,
		Name: 'Erin Endtoend',
		'Room ID': 1002,
		'Welcome Message': 'Thanks for registering, Erin! See you at the webinar.',
	};
	if (rows.length !== 1 || Object.entries(expected).some(([k, v]) => rows[0].json[k] !== v)) {
		throw new Error(`Welcome Row output: ${JSON.stringify(rows.map((i) => i.json))}`);
	}
}

async function main() {
	const start = Date.now();

	log('building the package (npm run build)');
	let t0 = Date.now();
	await run('npm', ['run', 'build'], { cwd: ROOT, quiet: true });
	timings.push(['npm run build', Date.now() - t0]);
	t0 = Date.now();
	await ensureE2eDeps();
	timings.push(['e2e deps (playwright-core)', Date.now() - t0]);
	fs.mkdirSync(RUNS_DIR, { recursive: true });

	for (const line of lines) {
		try {
			await runLine(line);
		} catch (error) {
			report.fail(line, 'install and start', error);
		}
	}

	report.summary({ title: 'e2e summary', lines, start });
}

runMain(main);
