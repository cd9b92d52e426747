#!/usr/bin/env node
// The demo in a real n8n (1.x by default): the simulator, n8n with this package, the example
// workflows executed with the n8n CLI and what each produced, then the ClickMeeting Trigger
// workflow activated in a running n8n and fired by a new registration.
//
//   node e2e/demo.mjs            # run everything, print the results, stop
//   node e2e/demo.mjs --open     # ...then leave n8n and the simulator running: open the editor
//   node e2e/demo.mjs --n8n2     # the same on n8n 2.x (Node.js 24 from the npm registry)
//
// Examples that send e-mail (after-webinar-follow-up.json) are left out: the demo has no SMTP
// server; `npm run e2e` runs them against its SMTP sink.
// The first run installs n8n into e2e/n8n1 (about 1.8 GB, a few minutes); later runs reuse it.
import path from 'node:path';

import {
	LINES,
	OWNER,
	ROOT,
	RUNS_DIR,
	TRIGGER_ID,
	ensureInstalled,
	log,
	n8nCli,
	restClient,
	run,
	setupOwner,
	sleep,
	startN8n,
	startSimulator,
	freePort,
} from './lib/common.mjs';
import { nodeItems } from './checks.mjs';
import { MCP_ID } from './mcp.mjs';
import {
	examples,
	executeWorkflow,
	executionRunData,
	executionsOf,
	importExamples,
	isPolled,
	prepareInstance,
} from './lib/workflows.mjs';

const argv = process.argv.slice(2);
const open = argv.includes('--open');
const line = argv.includes('--n8n2') ? LINES.n8n2 : LINES.n8n1;

const out = (s = '') => process.stdout.write(`${s}\n`);
const kb = (bin) =>
	bin?.fileSize
		? String(bin.fileSize)
		: bin?.data
			? `${Math.round((bin.data.length * 3) / 4 / 1024)} kB`
			: '?';

/** One short paragraph per example: what it produced. */
const SUMMARIES = {
	cmExSyncRegistr1: (rd) => {
		const rows = nodeItems(rd, 'Spreadsheet Rows').map((i) => i.json);
		const csv = nodeItems(rd, 'CSV File')[0]?.binary?.data;
		out(
			`  ${nodeItems(rd, 'Get Registrants').length} registrants in the webinar, ${rows.length} new since the last sync -> ${csv?.fileName} (${kb(csv)}):`,
		);
		for (const r of rows)
			out(`    ${r['Registered At']}  ${r['First Name']} ${r['Last Name']} <${r.Email}>`);
	},
	cmExWebinarToken: (rd) => {
		const room = nodeItems(rd, 'Create Webinar')[0].json;
		const tokens = nodeItems(rd, 'Generate 50 Access Tokens').map((i) => i.json.token);
		const sent = nodeItems(rd, 'Tokens Handed Out').filter((i) => i.json.sent_to_email);
		out(
			`  created room ${room.id} "${room.name}" (${room.room_type}, token protected) ${room.room_url ?? ''}`,
		);
		out(`  ${tokens.length} access tokens (${tokens.slice(0, 4).join(', ')}, ...)`);
		out(
			`  invitations e-mailed to ${nodeItems(rd, 'Send Invitations')[0].json.emails.length} people; ${sent.length} tokens now handed out`,
		);
	},
	cmExSessionPdfRp: (rd) => {
		const s = nodeItems(rd, 'Latest Ended Session')[0].json;
		const r = nodeItems(rd, 'Wait for PDF Report and Download')[0];
		out(
			`  session ${s.sessionId} (ended ${s.endedAt}): report ${r.json.status}, downloaded ${r.binary?.report?.fileName} (${kb(r.binary?.report)})`,
		);
	},
	cmExUploadSlides: (rd) => {
		const f = nodeItems(rd, 'Upload to Room Library')[0].json;
		out(
			`  uploaded ${f.name} as file ${f.id}; the room library now holds ${nodeItems(rd, 'Room Library').length} files`,
		);
	},
};

async function main() {
	out(
		`ClickMeeting community node in real ${line.label} (${line.id === 'n8n1' ? 'Node.js 20' : 'Node.js 24'})`,
	);
	log('building the package');
	await run('npm', ['run', 'build'], { cwd: ROOT, quiet: true });
	await ensureInstalled(line, []);
	const sim = await startSimulator(await freePort());
	const ctx = await prepareInstance(line, path.join(RUNS_DIR, `demo-${line.id}`));
	let n8n;
	const stop = async () => {
		if (n8n) await n8n.stop();
		await sim.stop();
	};
	process.on('SIGINT', () => void stop().then(() => process.exit(0)));
	try {
		log(`simulator on ${sim.baseUrl}; importing the credential and examples/ into n8n`);
		await importExamples(ctx, sim);
		for (const { file, workflow } of examples()) {
			if (isPolled(workflow) || workflow.id === MCP_ID) continue;
			out(`\n> examples/${file}: ${workflow.name}`);
			const rd = await executeWorkflow(ctx, workflow.id);
			SUMMARIES[workflow.id]?.(rd);
		}

		const trigger = examples().find((e) => e.workflow.id === TRIGGER_ID);
		out(`\n> examples/${trigger.file}: ${trigger.workflow.name}`);
		await n8nCli(ctx, line.activateArgs(TRIGGER_ID));
		n8n = await startN8n(ctx);
		const rest = restClient(ctx.baseUrl);
		await setupOwner(rest);
		out(
			'  activated; waiting for its first poll, then registering "Erin Endtoend" in the simulator',
		);
		await sleep(12_000);
		await sim.control('POST', '/registrations', {
			room_id: 1002,
			email: 'erin@example.com',
			firstname: 'Erin',
			lastname: 'Endtoend',
		});
		const t0 = Date.now();
		let execs = [];
		while (!execs.length && Date.now() - t0 < 60_000) {
			await sleep(1000);
			execs = await executionsOf(rest, TRIGGER_ID);
		}
		if (!execs.length) throw new Error('the trigger did not fire within 60 s');
		const rd = await executionRunData(ctx, rest, execs[0].id);
		const row = rd['Welcome Row']?.[0]?.data?.main?.[0]?.[0]?.json;
		out(`  fired after ${((Date.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(row)}`);

		if (!open) return;
		out(`\nThe editor: ${ctx.baseUrl}/signin`);
		out(`  e-mail ${OWNER.email}, password ${OWNER.password}`);
		out(`  the examples are under Overview; the trigger workflow is active.`);
		out(
			`  add a registration:  curl -X POST -H 'content-type: application/json' ${sim.origin}/__control/registrations \\`,
		);
		out(`    -d '{"room_id":1002,"email":"you@example.com","firstname":"You","lastname":"Demo"}'`);
		out('Ctrl-C stops n8n and the simulator.');
		await new Promise(() => {});
	} finally {
		if (!open) await stop();
	}
}

main().catch(async (error) => {
	process.stderr.write(`${error?.stack ?? error}\n`);
	process.exit(1);
});
