// Setting up one n8n instance for the examples and running them: shared by the e2e run and the demo.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import {
	CREDENTIAL,
	EXAMPLES_DIR,
	FAST_POLL,
	SIM_KEY,
	freePort,
	installPackageInto,
	n8nCli,
	n8nEnv,
} from './common.mjs';

/** Examples that need a database of their own (n8n's Postgres node): run by `npm run e2e:queue` only. */
export const needsDatabase = (workflow) =>
	workflow.nodes.some((n) => n.type === 'n8n-nodes-base.postgres');

/** Examples that send e-mail (n8n's Send Email node): run where an SMTP sink is given. */
export const needsSmtp = (workflow) =>
	workflow.nodes.some((n) => n.type === 'n8n-nodes-base.emailSend');

/** Examples started by the ClickMeeting Trigger: activated in a running n8n, never `n8n execute`d. */
export const isPolled = (workflow) =>
	workflow.nodes.some((n) => n.type.endsWith('.clickMeetingTrigger'));

/** The SMTP credential the e-mail examples name; the e2e copy points it at the SMTP sink. */
export const SMTP_CREDENTIAL = { id: 'cmExampleSmtp001', name: 'SMTP account', type: 'smtp' };

/**
 * The example workflows, by file name (without the Postgres ones unless `withDatabase`, without the
 * e-mail ones unless `withSmtp`).
 */
export function examples({ withDatabase = false, withSmtp = false } = {}) {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({
			file: f,
			workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')),
		}))
		.filter(({ workflow }) => withDatabase || !needsDatabase(workflow))
		.filter(({ workflow }) => withSmtp || !needsSmtp(workflow));
}

export function tail(file, chars = 4000) {
	try {
		return fs.readFileSync(file, 'utf8').slice(-chars);
	} catch {
		return '(no log)';
	}
}

/** A fresh user folder in runDir, ports, the environment, the package in `.n8n/nodes`. */
export async function prepareInstance(line, runDir) {
	fs.rmSync(runDir, { recursive: true, force: true });
	const userFolder = path.join(runDir, 'user');
	fs.mkdirSync(path.join(userFolder, 'logs'), { recursive: true });
	const port = await freePort();
	let brokerPort = await freePort();
	while (brokerPort === port) brokerPort = await freePort();
	const env = n8nEnv(line, userFolder, port);
	env.N8N_RUNNERS_BROKER_PORT = String(brokerPort);
	installPackageInto(line, path.join(userFolder, '.n8n'));
	return { line, runDir, userFolder, env, baseUrl: `http://127.0.0.1:${port}` };
}

/** The e2e copy of an example: its ClickMeeting Trigger polls every 10 s, a Wait waits 1 s. */
function e2eCopy(workflow) {
	for (const node of workflow.nodes) {
		if (node.type.endsWith('.clickMeetingTrigger')) node.parameters.pollTimes = FAST_POLL;
		if (node.type === 'n8n-nodes-base.wait')
			Object.assign(node.parameters, { amount: 1, unit: 'seconds' });
	}
	return workflow;
}

/**
 * The credentials (decrypted: `import:credentials` encrypts a `data` object with the instance key):
 * ClickMeeting pointing at the simulator and, given an SMTP sink, SMTP pointing at it; then every
 * example that can run here (`e2eCopy` of each).
 */
export async function importExamples(ctx, sim, { smtp } = {}) {
	const credFile = path.join(ctx.runDir, 'credentials.json');
	const credentials = [{ ...CREDENTIAL, data: { apiKey: SIM_KEY, baseUrl: sim.baseUrl } }];
	if (smtp) {
		credentials.push({
			...SMTP_CREDENTIAL,
			data: {
				user: '',
				password: '',
				host: smtp.host,
				port: smtp.port,
				secure: false,
				disableStartTls: true,
			},
		});
	}
	fs.writeFileSync(credFile, JSON.stringify(credentials, null, 2));
	await n8nCli(ctx, ['import:credentials', `--input=${credFile}`]);
	const wfDir = path.join(ctx.runDir, 'workflows');
	fs.mkdirSync(wfDir, { recursive: true });
	for (const { file, workflow } of examples({ withSmtp: Boolean(smtp) }))
		fs.writeFileSync(path.join(wfDir, file), JSON.stringify(e2eCopy(workflow), null, 2));
	await n8nCli(ctx, ['import:workflow', '--separate', `--input=${wfDir}`]);
	// list:workflow writes through the logger: to stdout for this one command
	const { stdout } = await n8nCli(ctx, ['list:workflow'], {
		env: { ...ctx.env, N8N_LOG_OUTPUT: 'console' },
	});
	for (const { workflow } of examples({ withSmtp: Boolean(smtp) })) {
		if (!stdout.includes(workflow.id))
			throw new Error(`workflow ${workflow.id} not listed after import:\n${stdout}`);
	}
}

/** The IRun that `n8n execute --rawOutput` printed: on stdout, or as one logger message in its log file. */
function parseRun(stdout, logFile) {
	const isRun = (v) => v && typeof v === 'object' && v.data?.resultData;
	const start = stdout.search(/^\{/m);
	if (start >= 0) {
		try {
			const v = JSON.parse(stdout.slice(start));
			if (isRun(v)) return v;
		} catch {
			// not only JSON on stdout: look in the log
		}
	}
	const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n') : [];
	for (const line of lines.reverse()) {
		if (!line.includes('resultData')) continue;
		try {
			const v = JSON.parse(JSON.parse(line).message);
			if (isRun(v)) return v;
		} catch {
			// another message
		}
	}
	throw new Error(
		`no run data printed by n8n execute:\n${stdout.slice(0, 1000)}\n--- log ---\n${tail(logFile)}`,
	);
}

/** `n8n execute --id`: the run data of every node. `execute` prints through n8n's logger (1.x) or stdout. */
export async function executeWorkflow(ctx, id) {
	const logFile = path.join(ctx.userFolder, 'logs', `execute-${id}.log`);
	let stdout;
	try {
		({ stdout } = await n8nCli(ctx, ['execute', `--id=${id}`, '--rawOutput'], {
			env: { ...ctx.env, N8N_LOG_FILE_LOCATION: logFile },
		}));
	} catch (error) {
		throw new Error(`${error.message}\n--- n8n log ---\n${tail(logFile)}`);
	}
	const data = parseRun(stdout, logFile);
	if (data.data?.resultData?.error)
		throw new Error(`execution failed: ${data.data.resultData.error.message}`);
	const runData = data.data.resultData.runData;
	if (!runData) throw new Error('no runData in the execution');
	return runData;
}

/** The executions of one workflow, newest first, through the editor's REST API. */
export async function executionsOf(rest, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const answer = await rest.call('GET', `/rest/executions?filter=${filter}&limit=50`);
	return answer?.data?.results ?? answer?.data ?? [];
}

/** One execution's run data (n8n stores it `flatted`). */
export async function executionRunData(ctx, rest, id) {
	const detail = await rest.call('GET', `/rest/executions/${id}`);
	const req = createRequire(path.join(ctx.line.dir, 'node_modules', 'n8n', 'package.json'));
	const { parse } = req('flatted');
	const raw = detail?.data?.data;
	const data = typeof raw === 'string' ? parse(raw) : raw;
	return data?.resultData?.runData ?? {};
}
