// What each example workflow must have produced, read from the run data that `n8n execute` prints
// and from the simulator (its state and the requests it received).

/** The output items (json + binary) of a node's last run, first output. */
export function nodeItems(runData, nodeName) {
	const runs = runData?.[nodeName];
	if (!Array.isArray(runs) || !runs.length) throw new Error(`node "${nodeName}" did not run`);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`node "${nodeName}" failed: ${last.error.message}`);
	return last.data?.main?.[0] ?? [];
}

const json = (items) => items.map((i) => i.json);

/** Binary bytes when n8n kept them in the run data (mode "default"); undefined when stored elsewhere. */
function inlineBytes(binary) {
	return typeof binary?.data === 'string' && binary.data.length && !binary.id
		? Buffer.from(binary.data, 'base64')
		: undefined;
}

async function requests(sim) {
	const answer = await sim.control('GET', '/requests');
	return Array.isArray(answer) ? answer : (answer.requests ?? []);
}

function eq(actual, expected, what) {
	const a = JSON.stringify(actual);
	const e = JSON.stringify(expected);
	if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function ok(cond, what) {
	if (!cond) throw new Error(what);
}

/**
 * Checks per example workflow id: each returns [[check name, async fn(runData, sim)], ...].
 * A check throws to fail.
 */
export const CHECKS = {
	cmExSyncRegistr1: [
		[
			'Get Registrants lists every registrant of the webinar',
			(rd) => {
				const regs = json(nodeItems(rd, 'Get Registrants'));
				eq(regs.length, 6, 'registrants of room 1002');
				ok(
					regs.every((r) => r.email && r.registration_date && r.session_id),
					'every registrant has email, registration_date, session_id',
				);
			},
		],
		[
			'only the registrants since the last sync become rows, with the spreadsheet columns',
			(rd) => {
				const rows = json(nodeItems(rd, 'Spreadsheet Rows'));
				eq(
					rows.map((r) => r.Email).sort(),
					[
						'li.wei@example.com',
						'lukas.muller@example.com',
						'maria.garcia@example.com',
						'olivia.brown@example.com',
					],
					'row e-mails',
				);
				eq(
					Object.keys(rows[0]),
					['Email', 'First Name', 'Last Name', 'Registered At', 'Session ID', 'Registration ID'],
					'columns',
				);
				eq(rows[0].Email, 'maria.garcia@example.com', 'oldest new registrant first');
				eq(
					[rows[0]['First Name'], rows[0]['Last Name']],
					['Maria', 'Garcia'],
					'names of the first row',
				);
				ok(
					rows.every(
						(r) => Number.isInteger(r['Session ID']) && Number.isInteger(r['Registration ID']),
					),
					'numeric Session ID and Registration ID',
				);
			},
		],
		[
			'Convert to File makes new-registrants.csv',
			(rd) => {
				const [item] = nodeItems(rd, 'CSV File');
				const bin = item?.binary?.data;
				ok(bin, 'binary field "data" present');
				eq(bin.fileName, 'new-registrants.csv', 'file name');
				ok(String(bin.mimeType).includes('csv'), `CSV mime type (got ${bin.mimeType})`);
				const bytes = inlineBytes(bin);
				if (bytes) {
					const lines = bytes.toString('utf8').trim().split(/\r?\n/);
					eq(lines.length, 5, 'CSV lines (header + 4 rows)');
					ok(
						lines[0].includes('Email') && lines[0].includes('Registration ID'),
						`CSV header (${lines[0]})`,
					);
				}
			},
		],
	],

	cmExWebinarToken: [
		[
			'Create Webinar creates a token-protected webinar',
			(rd) => {
				const [room] = json(nodeItems(rd, 'Create Webinar'));
				ok(Number.isInteger(Number(room.id)), `room id (${room.id})`);
				eq(
					[room.name, room.room_type, Number(room.access_type)],
					['Customer Onboarding Webinar', 'webinar', 3],
					'name, type, access type',
				);
			},
		],
		[
			'50 unique access tokens are generated',
			(rd) => {
				const tokens = json(nodeItems(rd, 'Generate 50 Access Tokens')).map((t) => t.token);
				eq(tokens.length, 50, 'tokens');
				ok(
					tokens.every((t) => /^[A-Z0-9]{6}$/.test(t)),
					'every token is 6 characters [A-Z0-9]',
				);
				eq(new Set(tokens).size, 50, 'distinct tokens');
			},
		],
		[
			'invitations go to 50 addresses and each invitee holds one token',
			async (rd, sim) => {
				const [inv] = json(nodeItems(rd, 'Send Invitations'));
				eq(inv.emails?.length, 50, 'invited e-mails');
				const handed = json(nodeItems(rd, 'Tokens Handed Out'));
				eq(handed.length, 50, 'tokens listed after the invitations');
				const sentTo = handed.map((t) => t.sent_to_email).filter(Boolean);
				eq(new Set(sentTo).size, 50, 'tokens handed out to distinct invitees');
				const reqs = await requests(sim);
				const roomId = json(nodeItems(rd, 'Create Webinar'))[0].id;
				const count = (m, re) => reqs.filter((r) => r.method === m && re.test(r.path)).length;
				eq(count('POST', /^\/conferences$/), 1, 'POST /conferences requests');
				eq(count('POST', new RegExp(`^/conferences/${roomId}/tokens$`)), 1, 'POST tokens requests');
				eq(
					count('POST', new RegExp(`^/conferences/${roomId}/invitation/email/en$`)),
					1,
					'POST invitation requests',
				);
			},
		],
	],

	cmExSessionPdfRp: [
		[
			'the latest ended session of the room is picked',
			async (rd, sim) => {
				const [picked] = json(nodeItems(rd, 'Latest Ended Session'));
				const sessions = await (await sim.api('/conferences/1001/sessions')).json();
				const latest = sessions
					.filter((s) => new Date(s.end_date).getTime() < Date.now())
					.sort((a, b) => new Date(b.end_date) - new Date(a.end_date))[0];
				eq(picked.sessionId, latest.id, 'session id');
			},
		],
		[
			'the node waits for the report to finish and downloads the PDF',
			async (rd, sim) => {
				const [item] = nodeItems(rd, 'Wait for PDF Report and Download');
				eq(item.json.status, 'FINISHED', 'report status');
				ok(String(item.json.url).includes('/panel/pdf/en/'), `report url (${item.json.url})`);
				const bin = item.binary?.report;
				ok(bin, 'binary field "report" present');
				eq(bin.mimeType, 'application/pdf', 'mime type');
				const sessionId = json(nodeItems(rd, 'Latest Ended Session'))[0].sessionId;
				eq(bin.fileName, `clickmeeting-1001-${sessionId}-en.pdf`, 'file name');
				const bytes = inlineBytes(bin);
				if (bytes) eq(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'PDF magic');
				const polls = (await requests(sim)).filter(
					(r) =>
						r.method === 'GET' &&
						r.path === `/conferences/1001/sessions/${sessionId}/generate-pdf/en`,
				);
				ok(polls.length >= 3, `the report was polled until finished (${polls.length} requests)`);
			},
		],
	],

	cmExUploadSlides: [
		[
			'the PDF from the Code node is uploaded to the room library',
			async (rd, sim) => {
				const [built] = json(nodeItems(rd, 'Build Slides PDF'));
				const [file] = json(nodeItems(rd, 'Upload to Room Library'));
				eq(file.name, 'product-launch-slides.pdf', 'uploaded file name');
				const library = json(nodeItems(rd, 'Room Library'));
				ok(
					library.some((f) => f.id === file.id),
					`file ${file.id} listed in the room library`,
				);
				const res = await sim.api(`/file-library/${file.id}/download`);
				const bytes = Buffer.from(await res.arrayBuffer());
				eq(bytes.length, built.bytes, 'bytes stored by ClickMeeting');
				eq(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'PDF magic');
				ok(
					String(res.headers.get('content-type')).includes('application/pdf'),
					`stored content type (${res.headers.get('content-type')})`,
				);
				const inRoom = await (await sim.api('/file-library/conferences/1002')).json();
				ok(
					inRoom.some((f) => f.id === file.id),
					'the simulator lists the file in room 1002',
				);
			},
		],
	],
};
