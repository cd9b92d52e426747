// examples/after-webinar-follow-up.json in a running n8n: the ClickMeeting Trigger (Registrant
// Attended or Missed) → If attended → Send Email (thank-you) / Wait → Recording Get Many → Filter
// (recordings of the session) → Send Email (the link), delivered to the e2e SMTP sink. What each
// person must receive is computed here from the simulator's own answers, independently of the
// workflow; then three more polls must send nothing more.
import { POLL_MS, log, logTail, sleep } from './lib/common.mjs';
import { executionRunData, executionsOf } from './lib/workflows.mjs';

export const FOLLOW_UP_ID = 'cmExFollowUpWebi';
export const FROM = 'webinars@example.com';
const MINUTE = 60_000;

const list = (answer) => (Array.isArray(answer) ? answer : Object.values(answer ?? {}));
const emailKey = (email) => String(email ?? '').toLowerCase();

/** Minutes covered by the visits, overlapping visits counted once. */
function minutesIn(visits) {
	const spans = visits
		.map((a) => [Date.parse(a.start_date), Date.parse(a.end_date)])
		.filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e >= s)
		.sort((a, b) => a[0] - b[0]);
	let total = 0;
	let cur;
	for (const [s, e] of spans) {
		if (cur && s <= cur[1]) cur[1] = Math.max(cur[1], e);
		else {
			if (cur) total += cur[1] - cur[0];
			cur = [s, e];
		}
	}
	if (cur) total += cur[1] - cur[0];
	return total / MINUTE;
}

/** The recording's start: the ISO field of recent answers, else the UTC `YYYY-mm-dd HH:ii:ss` one. */
const recordingStart = (r) =>
	Date.parse(r.recorder_start_date || `${String(r.recorder_started).replace(' ', 'T')}Z`);

/**
 * The e-mails the example must send for one room and its ended session, from the simulator's API:
 * the session's registrants (and the room's registrations without a session made before it ended),
 * attended when an attendee has the same e-mail (case-insensitive); a thank-you to each attendee,
 * to each of the others one e-mail per recording started during the session.
 */
async function expectedMail(sim, roomId, sessionId) {
	const get = async (p) => (await sim.api(p)).json();
	const room = (await get(`/conferences/${roomId}`)).conference;
	const session = await get(`/conferences/${roomId}/sessions/${sessionId}`);
	const s = session.conference_session ?? session.session ?? session;
	const start = Date.parse(s.start_date);
	const end = Date.parse(s.end_date);
	const attendees = list(await get(`/conferences/${roomId}/sessions/${sessionId}/attendees`));
	const registrations = list(await get(`/conferences/${roomId}/registrations/all`)).filter(
		(r) =>
			Number(r.session_id) === sessionId ||
			((r.session_id === null || r.session_id === undefined) &&
				Date.parse(r.registration_date) <= end),
	);
	const recordings = list(await get(`/conferences/${roomId}/recordings`)).filter(
		(r) => recordingStart(r) >= start - 5 * MINUTE && recordingStart(r) <= end,
	);
	const mail = [];
	for (const reg of registrations) {
		const visits = attendees.filter((a) => emailKey(a.email) === emailKey(reg.email));
		if (visits.length) {
			mail.push({
				to: reg.email,
				subject: `Thank you for joining ${room.name}`,
				contains: `you were with us for ${Math.round(minutesIn(visits))} minutes`,
			});
		} else {
			for (const rec of recordings)
				mail.push({
					to: reg.email,
					subject: `The recording of ${room.name}`,
					contains: `Here is the recording: ${rec.recording_url}`,
				});
		}
	}
	return { mail, registrants: registrations.length, room };
}

const key = (m) => `${m.to} | ${m.subject} | ${m.contains}`;

/**
 * Two new webinars whose sessions ended a minute ago: room A with a recording of the session and
 * an older one (not of this session), room B without a recording. The workflow must have sent
 * exactly the computed e-mails, each once, and nothing more over three further polls.
 */
export async function followUpTest(ctx, rest, sim, sink) {
	const wf = await rest.call('GET', `/rest/workflows/${FOLLOW_UP_ID}`);
	if (!wf?.data?.active) throw new Error('the follow-up workflow is not active after start');
	if (sink.messages.length)
		throw new Error(`mail before any session ended: ${sink.messages.length}`);
	try {
		// its baseline: the trigger has read every active room's sessions at least once
		const deadline = Date.now() + 60_000;
		const sessionReads = async () =>
			list(await sim.control('GET', '/requests')).filter(
				(r) => r.method === 'GET' && /^\/conferences\/\d+\/sessions$/.test(r.path),
			).length;
		while ((await sessionReads()) < 1) {
			if (Date.now() > deadline)
				throw new Error(`the follow-up trigger did not poll within 60 s\n${logTail(ctx)}`);
			await sleep(500);
		}
		if ((await executionsOf(rest, FOLLOW_UP_ID)).length)
			throw new Error('the follow-up workflow ran before any session ended (baseline)');

		const start = Math.floor((Date.now() - 61 * MINUTE) / 1000) * 1000;
		const rooms = [];
		for (const name of ['Follow-Up Webinar A', 'Follow-Up Webinar B']) {
			const { id } = await sim.control('POST', '/rooms', {
				name,
				room_type: 'webinar',
				registration_enabled: true,
				timezone: 'UTC',
			});
			const scenario = await sim.control('POST', '/attendance', {
				room_id: id,
				sessions: 1,
				start,
			});
			rooms.push({ id, sessionId: scenario.sessions[0] });
		}
		await sim.control('POST', '/recordings', {
			room_id: rooms[0].id,
			recorder_started: start + 2 * MINUTE,
			recording_duration: 3300,
		});
		await sim.control('POST', '/recordings', {
			room_id: rooms[0].id,
			recorder_started: start - 24 * 60 * MINUTE,
			recording_duration: 1800,
		});
		const expected = [];
		let registrants = 0;
		for (const r of rooms) {
			const e = await expectedMail(sim, r.id, r.sessionId);
			expected.push(...e.mail);
			registrants += e.registrants;
		}
		const thanks = expected.filter((m) => m.subject.startsWith('Thank')).length;
		if (!thanks || thanks === expected.length)
			throw new Error(`the scenario must have attendees and no-shows: ${JSON.stringify(expected)}`);
		log(
			`  follow-up: ${registrants} registrants in 2 ended sessions → expecting ${thanks} thank-you and ${expected.length - thanks} recording e-mails`,
		);

		const added = Date.now();
		while (sink.messages.length < expected.length) {
			if (Date.now() - added > 120_000)
				throw new Error(
					`${sink.messages.length} of ${expected.length} e-mails within 120 s\n${logTail(ctx)}`,
				);
			await sleep(1000);
		}
		await sleep(3 * POLL_MS + 2000); // three more polls: nothing more may be sent
		const got = sink.messages.map((m) => {
			const want = expected.find(
				(e) =>
					e.to === m.recipients.join(',') && e.subject === m.subject && m.text.includes(e.contains),
			);
			return want
				? key(want)
				: `unexpected: to ${m.recipients.join(',')} "${m.subject}": ${m.text}`;
		});
		const a = [...got].sort();
		const e = expected.map(key).sort();
		if (JSON.stringify(a) !== JSON.stringify(e))
			throw new Error(`e-mails:\nexpected\n  ${e.join('\n  ')}\ngot\n  ${a.join('\n  ')}`);
		const wrongFrom = sink.messages.filter((m) => m.envelopeFrom !== FROM || m.from !== FROM);
		if (wrongFrom.length) throw new Error(`sender: ${wrongFrom.map((m) => m.from).join(', ')}`);

		// the executions: all succeeded, and the trigger emitted each registrant once
		const execs = await executionsOf(rest, FOLLOW_UP_ID);
		const failed = execs.filter((x) => x.status && x.status !== 'success');
		if (failed.length) throw new Error(`executions not successful: ${JSON.stringify(failed)}`);
		const emitted = [];
		for (const x of execs) {
			const rd = await executionRunData(ctx, rest, x.id);
			for (const item of rd['Registrant Attended or Missed']?.[0]?.data?.main?.[0] ?? [])
				emitted.push(`${item.json.session_id}/${emailKey(item.json.email)}`);
		}
		if (emitted.length !== registrants || new Set(emitted).size !== registrants)
			throw new Error(
				`the trigger emitted ${emitted.length} items (${new Set(emitted).size} distinct), expected ${registrants}: ${emitted.join(', ')}`,
			);
		log(
			`  follow-up: ${sink.messages.length} e-mails as computed, in ${execs.length} execution(s), none repeated over 3 more polls`,
		);
	} finally {
		// its polls read every active room: off before the MCP checks count requests
		await rest.call('POST', `/rest/workflows/${FOLLOW_UP_ID}/deactivate`, {});
	}
}
