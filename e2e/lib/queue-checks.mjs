// Queue-mode checks that need main's webhooks: downloads answered with the exact bytes, and the CRM
// sync example (registrants and attendance upserted into Postgres by n8n's own Postgres node).
import crypto from 'node:crypto';

import { SIM_KEY, log } from './common.mjs';
import { executionsOf, itemsOf, lastExecutionId, waitExecutions } from './queue-db.mjs';
import {
	CRM_ID,
	FILE_DOWNLOAD_ID,
	PDF_DOWNLOAD_ID,
	TEAM_ROOM,
	WEBINAR_ROOM,
	webhookPath,
} from './queue-workflows.mjs';

/** GET main's production webhook of a workflow; the answer's status, headers and bytes. */
export async function callWebhook(t, workflowId, query = {}) {
	const qs = new URLSearchParams(query).toString();
	const res = await fetch(
		`${t.procs.main.baseUrl}/webhook/${webhookPath(workflowId)}${qs ? `?${qs}` : ''}`,
		{ signal: AbortSignal.timeout(240_000) },
	);
	return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Calls the webhook and returns the (single) execution it started, finished, from Postgres. */
export async function runThroughMain(t, workflowId, query) {
	const before = await lastExecutionId(t);
	const answer = await callWebhook(t, workflowId, query);
	if (answer.status !== 200)
		throw new Error(
			`webhook of ${workflowId}: HTTP ${answer.status} ${answer.body.toString('utf8').slice(0, 500)}`,
		);
	const [exec] = await waitExecutions(t, workflowId, before, 1);
	if (exec.status !== 'success')
		throw new Error(
			`execution ${exec.id} of ${workflowId}: ${exec.status} ${exec.error?.message ?? ''}`,
		);
	return { answer, exec };
}

const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);

/** The binary-data mode an execution used, from its stored binary reference (`database:…`, `filesystem-v2:…`) or inline data. */
function storedMode(bin) {
	if (bin?.id) return String(bin.id).split(':')[0];
	return typeof bin?.data === 'string' && bin.data.length > 20 ? 'default (in the run data)' : '?';
}

/** A 256 KiB file of every byte value, uploaded to the simulator's file library over its API. */
async function uploadRandomFile(sim) {
	const bytes = crypto.randomBytes(256 * 1024);
	const form = new FormData();
	form.append('uploaded', new Blob([bytes], { type: 'application/octet-stream' }), 'queue-e2e.bin');
	const res = await fetch(`${sim.baseUrl}/file-library`, {
		method: 'POST',
		headers: { 'X-Api-Key': SIM_KEY },
		body: form,
	});
	if (!res.ok) throw new Error(`upload to the simulator: HTTP ${res.status} ${await res.text()}`);
	const file = await res.json();
	return { id: Number(file.id ?? file.file?.id), bytes };
}

export async function downloadChecks(t, check) {
	await check(
		'File → Download on a worker: the webhook on main answers the exact bytes (PNG and 256 KiB random)',
		async () => {
			const files = await (await t.sim.api('/file-library')).json();
			const logo = files.find((f) => f.name === 'logo.png');
			if (!logo)
				throw new Error(
					`no logo.png in the simulator's library: ${JSON.stringify(files).slice(0, 300)}`,
				);
			const logoBytes = Buffer.from(
				await (await t.sim.api(`/file-library/${logo.id}/download`)).arrayBuffer(),
			);
			const random = await uploadRandomFile(t.sim);
			for (const [id, expected, mime] of [
				[logo.id, logoBytes, 'image/png'],
				[random.id, random.bytes, 'application/octet-stream'],
			]) {
				const { answer, exec } = await runThroughMain(t, FILE_DOWNLOAD_ID, { file: String(id) });
				if (!answer.body.equals(expected))
					throw new Error(
						`file ${id}: ${answer.body.length} bytes (sha ${sha(answer.body)}) answered, expected ${expected.length} (sha ${sha(expected)}); starts ${JSON.stringify(answer.body.subarray(0, 60).toString('utf8'))}`,
					);
				if (!String(answer.headers.get('content-type')).startsWith(mime))
					throw new Error(
						`file ${id}: content type ${answer.headers.get('content-type')}, expected ${mime}`,
					);
				const [item] = itemsOf(exec, 'Download File');
				t.binaryModes.add(storedMode(item?.binary?.data));
				t.downloadExecs.push(exec.id);
			}
			log(`    binary data stored as: ${[...t.binaryModes].join(', ')}`);
		},
	);

	await check(
		'PDF Report (wait, download) on a worker: the webhook answers the exact PDF the report URL serves',
		async () => {
			const sessions = await (await t.sim.api(`/conferences/${TEAM_ROOM}/sessions`)).json();
			const ended = sessions
				.filter((s) => new Date(s.end_date).getTime() < Date.now())
				.sort((a, b) => new Date(b.end_date) - new Date(a.end_date));
			const { answer, exec } = await runThroughMain(t, PDF_DOWNLOAD_ID, {
				session: String(ended[0].id),
			});
			const [item] = itemsOf(exec, 'PDF Report');
			if (item?.json?.status !== 'FINISHED') throw new Error(`report status ${item?.json?.status}`);
			const expected = Buffer.from(await (await fetch(item.json.url)).arrayBuffer());
			if (expected.subarray(0, 5).toString('latin1') !== '%PDF-')
				throw new Error('the report URL did not serve a PDF');
			if (!answer.body.equals(expected))
				throw new Error(
					`answered ${answer.body.length} bytes (sha ${sha(answer.body)}), the report is ${expected.length} (sha ${sha(expected)}); starts ${JSON.stringify(answer.body.subarray(0, 60).toString('utf8'))}`,
				);
			t.binaryModes.add(storedMode(item.binary?.report));
			t.downloadExecs.push(exec.id);
		},
	);
}

// ------------------------------------------------------------------------------------------ CRM sync

const REGISTRANTS = `select coalesce(json_agg(r order by r.email), '[]') from (select email, first_name, last_name, room_id, session_id, registration_id, registered_at from clickmeeting_registrants) r`;
const ATTENDANCE = `select coalesce(json_agg(a order by a.session_id, a.email), '[]') from (select session_id, email, room_id, nickname, role, joined_at, left_at from clickmeeting_attendance) a`;

async function crmTables(t) {
	return {
		registrants: await t.pg.json(t.crmDb, REGISTRANTS),
		attendance: await t.pg.json(t.crmDb, ATTENDANCE),
	};
}

/** What the CRM must hold: one row per e-mail (newest registration), one per ended session and attendee. */
async function expectedCrm(sim) {
	const regs = await (await sim.api(`/conferences/${WEBINAR_ROOM}/registrations/all`)).json();
	const newest = new Map();
	for (const r of regs) {
		const email = r.email.toLowerCase();
		const at = new Date(r.registration_date).getTime();
		const seen = newest.get(email);
		if (!seen || at > seen.at || (at === seen.at && r.id > seen.r.id)) newest.set(email, { at, r });
	}
	const sessions = (await (await sim.api(`/conferences/${WEBINAR_ROOM}/sessions`)).json()).filter(
		(s) => new Date(s.end_date).getTime() < Date.now(),
	);
	let attendance = 0;
	for (const s of sessions) {
		const list = await (
			await sim.api(`/conferences/${WEBINAR_ROOM}/sessions/${s.id}/attendees`)
		).json();
		attendance += new Set(list.filter((a) => a.email).map((a) => a.email.toLowerCase())).size;
	}
	return { newest, attendance };
}

function compareRegistrants(rows, newest) {
	if (rows.length !== newest.size)
		throw new Error(`${rows.length} registrant rows, expected ${newest.size} (one per e-mail)`);
	for (const row of rows) {
		const e = newest.get(row.email);
		if (!e) throw new Error(`row for ${row.email}, who is not registered`);
		const want = { registration_id: e.r.id, session_id: e.r.session_id, room_id: WEBINAR_ROOM };
		for (const [k, v] of Object.entries(want))
			if (row[k] !== v) throw new Error(`${row.email}: ${k} ${row[k]}, expected ${v}`);
		if (new Date(row.registered_at).getTime() !== new Date(e.r.registration_date).getTime())
			throw new Error(
				`${row.email}: registered_at ${row.registered_at}, expected ${e.r.registration_date}`,
			);
	}
}

export async function crmChecks(t, check) {
	let first;
	await check(
		'CRM sync (Postgres node upsert): the first run creates the tables, one row per registrant and per attendee',
		async () => {
			await runThroughMain(t, CRM_ID);
			first = await crmTables(t);
			const { newest, attendance } = await expectedCrm(t.sim);
			compareRegistrants(first.registrants, newest);
			const maria = first.registrants.find((r) => r.email === 'maria.garcia@example.com');
			if (maria?.first_name !== 'Maria' || maria?.last_name !== 'Garcia')
				throw new Error(`maria.garcia row: ${JSON.stringify(maria)}`);
			if (first.attendance.length !== attendance || !attendance)
				throw new Error(`${first.attendance.length} attendance rows, expected ${attendance}`);
			log(
				`    CRM after run 1: ${first.registrants.length} registrants, ${first.attendance.length} attendance rows`,
			);
		},
	);
	await check('CRM sync: a second run changes nothing', async () => {
		if (!first) throw new Error('the first run failed');
		await runThroughMain(t, CRM_ID);
		const second = await crmTables(t);
		if (JSON.stringify(second) !== JSON.stringify(first))
			throw new Error(
				`tables changed:\n${JSON.stringify(first).slice(0, 800)}\n${JSON.stringify(second).slice(0, 800)}`,
			);
	});
	await check(
		'CRM sync: a re-registration updates that row, a stale CRM row is corrected, new attendance is inserted',
		async () => {
			if (!first) throw new Error('the first run failed');
			const re = await t.sim.control('POST', '/registrations', {
				room_id: WEBINAR_ROOM,
				email: 'Maria.Garcia@example.com',
				firstname: 'Maria',
				lastname: 'Garcia-Lopez',
			});
			await t.pg.psql(
				t.crmDb,
				`update clickmeeting_registrants set first_name = 'STALE', session_id = null where email = 'john.smith@example.com'`,
			);
			await t.sim.control('POST', '/sessions', {
				room_id: WEBINAR_ROOM,
				attendees: [
					{ email: 'maria.garcia@example.com', nickname: 'Maria' },
					{ email: 'new.attendee@example.com', nickname: 'New' },
				],
			});
			await runThroughMain(t, CRM_ID);
			const third = await crmTables(t);
			const { newest, attendance } = await expectedCrm(t.sim);
			compareRegistrants(third.registrants, newest);
			const maria = third.registrants.find((r) => r.email === 'maria.garcia@example.com');
			if (maria.last_name !== 'Garcia-Lopez' || maria.registration_id !== Number(re.id))
				throw new Error(`maria.garcia not updated: ${JSON.stringify(maria)}`);
			const john = third.registrants.find((r) => r.email === 'john.smith@example.com');
			const johnBefore = first.registrants.find((r) => r.email === 'john.smith@example.com');
			if (JSON.stringify(john) !== JSON.stringify(johnBefore))
				throw new Error(`john.smith not corrected: ${JSON.stringify(john)}`);
			if (third.registrants.length !== first.registrants.length)
				throw new Error('a re-registration added a row');
			if (third.attendance.length !== attendance || attendance !== first.attendance.length + 2)
				throw new Error(
					`${third.attendance.length} attendance rows, expected ${attendance} (= ${first.attendance.length} + 2)`,
				);
			log(
				`    CRM after run 3: ${third.registrants.length} registrants, ${third.attendance.length} attendance rows`,
			);
		},
	);
	const execs = await executionsOf(t, CRM_ID);
	t.report.crm = { executions: execs.length, statuses: execs.map((e) => e.status) };
}
