// s1: 1,000 registrations (Registration: Register, one execution of ITEMS items), on loopback and
// at 20 ms per answer: the fetch floor, the node at Fixed 1/10/50 and Auto, n8n's HTTP Request node.
import type { ContenderSpec, ScenarioResult } from '../common';
import { contender, ITEMS, registrationRoom, runScenario } from '../common';

/** Every contender of s1; BENCH_CONTENDERS=floor,node-p1,... keeps some. */
export function registrationContenders(): ContenderSpec[] {
	const p = { items: ITEMS, warmupItems: 20 };
	const only = process.env.BENCH_CONTENDERS
		? new Set(process.env.BENCH_CONTENDERS.split(','))
		: undefined;
	return [
		contender('floor', 'floor: fetch keep-alive, sequential', 'floor', p),
		contender('node-p1', 'ClickMeeting node, Fixed 1', 'node', { ...p, parallel: 1 }),
		contender('node-p10', 'ClickMeeting node, Fixed 10', 'node', { ...p, parallel: 10 }),
		contender('node-auto', 'ClickMeeting node, Parallel Auto', 'node', { ...p, parallel: 'auto' }),
		contender('node-p50', 'ClickMeeting node, Fixed 50', 'node', { ...p, parallel: 50 }),
		contender('http-default', 'HTTP Request 4.5, default', 'http-default', p),
		contender('http-batch1', 'HTTP Request 4.5, batch 1 item / 1 ms', 'http-batch1', p),
		contender('http-loop', 'Loop Over Items (1) + HTTP Request', 'http-loop', p),
	].filter((c) => !only || only.has(c.id));
}

export async function registrations(latencyMs: number, rounds: number): Promise<ScenarioResult> {
	const result = await runScenario(
		latencyMs ? `s1-${latencyMs}ms` : 's1-loopback',
		`${ITEMS.toLocaleString('en')} registrations (Registration: Register, 1 execution, ${ITEMS} items)`,
		's1',
		latencyMs,
		rounds,
		registrationContenders(),
		registrationRoom,
	);
	result.notes.push(
		'HTTP Request 4.5 starts every item\'s request before awaiting any (its "batching" only sleeps Batch Interval between items, it does not wait for answers): "batch 1 item / 1 ms" is paced, not sequential. Loop Over Items (batch size 1) around it is n8n\'s way to send one at a time.',
	);
	return result;
}
