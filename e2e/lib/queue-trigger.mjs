// The ClickMeeting Trigger in queue mode: it polls on main, its executions run on the workers, and
// every new registration (and ended session) is emitted exactly once across normal polls, a main
// restart, all workers down then one started, and everything down. Counted from n8n's database
// (Postgres) and the simulator's state and request log.
import { POLL_MS, TRIGGER_ID, log, sleep } from './common.mjs';
import { executionsOf, isDone, itemsOf, lastExecutionId } from './queue-db.mjs';
import { logTailOf, startMain, startWorker, workerExecutions } from './queue-n8n.mjs';
import { BOARD_ROOM, SESSION_TRIGGER_ID, WEBINAR_ROOM } from './queue-workflows.mjs';

export const WATCHED = {
	registration: {
		workflowId: TRIGGER_ID,
		node: 'New Registration',
		list: `/conferences/${WEBINAR_ROOM}/registrations/all`,
	},
	session: {
		workflowId: SESSION_TRIGGER_ID,
		node: 'Session Ended',
		list: `/conferences/${BOARD_ROOM}/sessions`,
	},
};

/** The ids the simulator holds for a watched list (registrations of the webinar, ended sessions of the board room). */
export async function simIds(sim, kind) {
	const list = await (await sim.api(WATCHED[kind].list)).json();
	const now = Date.now();
	return list
		.filter((e) => kind !== 'session' || new Date(e.end_date).getTime() < now)
		.map((e) => Number(e.id));
}

async function pollCount(sim, kind) {
	const answer = await sim.control('GET', '/requests');
	const reqs = Array.isArray(answer) ? answer : (answer.requests ?? []);
	return reqs.filter((r) => r.method === 'GET' && r.path === WATCHED[kind].list).length;
}

/** Every item the trigger emitted so far, per execution, from Postgres. */
async function emitted(t, kind) {
	const execs = await executionsOf(t, WATCHED[kind].workflowId);
	return {
		execs,
		ids: execs.flatMap((e) => itemsOf(e, WATCHED[kind].node).map((i) => Number(i.json.id))),
	};
}

async function waitFor(what, fn, timeoutMs = 180_000, t) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() > deadline)
			throw new Error(
				`${what}: not within ${timeoutMs / 1000} s\n--- main log ---\n${t ? logTailOf(t.procs.main, 2000) : ''}`,
			);
		await sleep(1000);
	}
}

/** Waits until each id was emitted (by a finished execution). */
async function waitEmitted(t, kind, ids) {
	return waitFor(
		`${kind} ${ids.join(', ')} emitted`,
		async () => {
			const { execs, ids: got } = await emitted(t, kind);
			return execs.every(isDone) && ids.every((id) => got.includes(id));
		},
		180_000,
		t,
	);
}

let seq = 0;
async function addRegistration(t, tag) {
	seq += 1;
	const email = `queue.${t.line.id}.${tag}.${seq}@example.com`;
	const r = await t.sim.control('POST', '/registrations', {
		room_id: WEBINAR_ROOM,
		email,
		firstname: `Q${seq}`,
		lastname: tag,
	});
	return Number(r.id);
}

async function addEndedSession(t) {
	const now = Date.now();
	const s = await t.sim.control('POST', '/sessions', {
		room_id: BOARD_ROOM,
		start_date: new Date(now - 30 * 60_000).toISOString(),
		end_date: new Date(now - 1000).toISOString(),
	});
	return Number(s.id);
}

/**
 * The scenario. `t.handles` holds the running processes ({main, worker1, worker2}); this restarts
 * them as the steps need. Each step is one named check.
 */
export async function triggerScenario(t, check) {
	const h = t.handles;
	const stop = async (...names) => {
		for (const n of names) {
			if (h[n]) await h[n].stop();
			h[n] = undefined;
		}
	};
	const start = async (...names) => {
		await Promise.all(
			names.map(
				async (n) =>
					(h[n] = n === 'main' ? await startMain(t.procs.main) : await startWorker(t.procs[n])),
			),
		);
	};
	const added = { registration: [], session: [] };

	await check(
		'the trigger polls on main from activation; the activation poll is the baseline (no execution)',
		async () => {
			await waitFor(
				'two polls of each trigger',
				async () =>
					(await pollCount(t.sim, 'registration')) >= 2 && (await pollCount(t.sim, 'session')) >= 2,
				120_000,
				t,
			);
			for (const kind of Object.keys(WATCHED)) {
				const { execs } = await emitted(t, kind);
				const early = execs.filter((e) =>
					itemsOf(e, WATCHED[kind].node).some((i) => t.baseline[kind].includes(Number(i.json.id))),
				);
				if (early.length)
					throw new Error(
						`${kind}: the activation emitted existing entries (${early.length} executions)`,
					);
			}
		},
	);

	await check(
		'normal polls: 2 registrations and 1 ended session, then 1 more registration, each emitted',
		async () => {
			const r = [await addRegistration(t, 'normal'), await addRegistration(t, 'normal')];
			const s = [await addEndedSession(t)];
			added.registration.push(...r);
			added.session.push(...s);
			await waitEmitted(t, 'registration', r);
			await waitEmitted(t, 'session', s);
			const r3 = await addRegistration(t, 'normal');
			added.registration.push(r3);
			await waitEmitted(t, 'registration', [r3]);
		},
	);

	await check(
		'main restarted: a registration and a session added while main was down are emitted after the restart',
		async () => {
			await stop('main');
			const r = await addRegistration(t, 'main-down');
			const s = await addEndedSession(t);
			added.registration.push(r);
			added.session.push(s);
			await start('main');
			await waitEmitted(t, 'registration', [r]);
			await waitEmitted(t, 'session', [s]);
		},
	);

	await check(
		'both workers down: main keeps polling and enqueues; the execution runs once one worker is started',
		async () => {
			await stop('worker1', 'worker2');
			const before = await lastExecutionId(t);
			const polls = await pollCount(t.sim, 'registration');
			const r = await addRegistration(t, 'workers-down');
			added.registration.push(r);
			const queued = await waitFor(
				'an execution enqueued by main',
				async () => (await executionsOf(t, TRIGGER_ID, { afterId: before }))[0],
				120_000,
				t,
			);
			if (isDone(queued))
				throw new Error(
					`execution ${queued.id} finished with no worker running (status ${queued.status}): it ran on main`,
				);
			if ((await pollCount(t.sim, 'registration')) <= polls)
				throw new Error('no poll while the workers were down');
			log(
				`    execution ${queued.id} waits in the queue (status ${queued.status}) with both workers down`,
			);
			await start('worker1');
			await waitEmitted(t, 'registration', [r]);
			if (!workerExecutions(t.procs.worker1).started.has(queued.id))
				throw new Error(`worker1's log does not show execution ${queued.id}`);
		},
	);

	await check(
		'everything down: 2 registrations and 1 session added meanwhile are emitted after main and the workers start',
		async () => {
			await stop('main', 'worker1');
			const r = [await addRegistration(t, 'all-down'), await addRegistration(t, 'all-down')];
			const s = await addEndedSession(t);
			added.registration.push(...r);
			added.session.push(s);
			await start('main', 'worker1', 'worker2');
			await waitEmitted(t, 'registration', r);
			await waitEmitted(t, 'session', [s]);
		},
	);

	await check(
		'exactly once: every new registration and ended session emitted once, nothing else (Postgres vs simulator)',
		async () => {
			// three more polls of each list after the last emission: a duplicate would show up in them
			const p = {
				registration: await pollCount(t.sim, 'registration'),
				session: await pollCount(t.sim, 'session'),
			};
			await waitFor(
				'three more polls',
				async () =>
					(await pollCount(t.sim, 'registration')) >= p.registration + 3 &&
					(await pollCount(t.sim, 'session')) >= p.session + 3,
				6 * POLL_MS + 120_000,
				t,
			);
			const summary = [];
			for (const kind of Object.keys(WATCHED)) {
				const now = await simIds(t.sim, kind);
				const expected = now.filter((id) => !t.baseline[kind].includes(id)).sort((a, b) => a - b);
				for (const id of added[kind])
					if (!expected.includes(id))
						throw new Error(`${kind} ${id} added by the test is not in the simulator`);
				const { execs, ids } = await emitted(t, kind);
				const bad = execs.filter((e) => e.status !== 'success');
				if (bad.length)
					throw new Error(
						`${kind}: executions not successful: ${JSON.stringify(bad.map((e) => [e.id, e.status, e.error?.message]))}`,
					);
				const counts = new Map();
				for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
				const lost = expected.filter((id) => !counts.has(id));
				const dup = [...counts].filter(([, c]) => c > 1).map(([id]) => id);
				const extra = [...counts.keys()].filter((id) => !expected.includes(id));
				if (lost.length || dup.length || extra.length)
					throw new Error(
						`${kind}: lost ${JSON.stringify(lost)}, duplicated ${JSON.stringify(dup)}, not new ${JSON.stringify(extra)}`,
					);
				const onWorkers = execs.filter((e) =>
					['worker1', 'worker2'].some((w) => workerExecutions(t.procs[w]).started.has(e.id)),
				).length;
				if (onWorkers !== execs.length)
					throw new Error(
						`${kind}: ${execs.length - onWorkers} trigger executions not in a worker's log`,
					);
				const polls = await pollCount(t.sim, kind);
				summary.push(
					`${kind}: ${expected.length} new in the simulator, ${execs.length} executions, ${ids.length} items, 0 lost, 0 duplicated, ${polls} polls`,
				);
				t.report[`trigger ${kind}`] = {
					new: expected.length,
					executions: execs.length,
					items: ids.length,
					polls,
				};
			}
			for (const s of summary) log(`    ${s}`);
		},
	);
}
