// Reading n8n's own database (Postgres) in the queue-mode run: executions, their run data, the
// trigger's static data, binary-data rows, and the CRM example's tables.
import { flattedOf } from './queue-workflows.mjs';

/** Every execution of a workflow (oldest first) with its parsed run data. */
export async function executionsOf(t, workflowId, { afterId = 0 } = {}) {
	const rows =
		(await t.pg.json(
			t.db,
			`select coalesce(json_agg(x order by x.id), '[]') from (
				select e.id, e.status, e.mode, e.finished, d.data
				from execution_entity e left join execution_data d on d."executionId" = e.id
				where e."workflowId" = '${workflowId}' and e.id > ${Number(afterId)}) x`,
		)) ?? [];
	const { parse } = flattedOf(t.line);
	return rows.map((r) => {
		let data;
		try {
			data = r.data ? parse(r.data) : undefined;
		} catch {
			data = undefined;
		}
		return {
			id: String(r.id),
			status: r.status,
			mode: r.mode,
			finished: r.finished,
			runData: data?.resultData?.runData,
			error: data?.resultData?.error,
		};
	});
}

export async function lastExecutionId(t) {
	return Number(await t.pg.psql(t.db, 'select coalesce(max(id), 0) from execution_entity'));
}

export const isDone = (e) => ['success', 'error', 'crashed', 'canceled'].includes(e.status);

/** The executions of a workflow after `afterId` once `count` of them are done (or throws after timeoutMs). */
export async function waitExecutions(t, workflowId, afterId, count, timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const execs = await executionsOf(t, workflowId, { afterId });
		if (execs.filter(isDone).length >= count) return execs;
		if (Date.now() > deadline)
			throw new Error(
				`${workflowId}: ${execs.filter(isDone).length}/${count} executions done within ${timeoutMs / 1000} s (${JSON.stringify(execs.map((e) => [e.id, e.status]))})`,
			);
		await new Promise((r) => setTimeout(r, 1000));
	}
}

/** The first output items of a node in an execution's run data. */
export function itemsOf(exec, nodeName) {
	const runs = exec.runData?.[nodeName];
	if (!Array.isArray(runs)) return [];
	return runs.flatMap((r) => r.data?.main?.[0] ?? []);
}

/** Which workflow tables exist differs slightly by line: ask Postgres whether it has a table. */
export async function hasTable(t, name) {
	return (await t.pg.psql(t.db, `select to_regclass('public.${name}') is not null`)) === 't';
}
