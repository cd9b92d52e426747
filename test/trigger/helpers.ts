import type { INodeExecutionData } from 'n8n-workflow';

import type { ClickMeetingSimulator, RecordedRequest } from '../../simulator';
import type { Persistence, PollHarness } from '../harness/poll';

export const ids = (items: INodeExecutionData[] | null | undefined): number[] =>
	(items ?? []).map((item) => Number(item.json.id));

export const paths = (requests: RecordedRequest[]): string[] =>
	requests.map((request) => `${request.method} ${request.path}`).sort();

/** Mulberry32: a small seeded PRNG, so a failing randomized run can be replayed. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const SECOND = 1000;

/** A whole second, some way in the past, that tests count forward from. */
export function baseSecond(offsetSeconds = -3600): number {
	return Math.floor(Date.now() / SECOND) * SECOND + offsetSeconds * SECOND;
}

/**
 * The end of a randomized run: `polls` more polls with no new data and no faults, each without an
 * error, their items' keys added to `emitted`.
 */
export async function drain(
	harness: PollHarness,
	polls: number,
	emitted: string[],
	keyOf: (item: INodeExecutionData) => string,
): Promise<void> {
	for (let poll = 0; poll < polls; poll++) {
		const outcome = await harness.poll();
		expect(outcome.error).toBeUndefined();
		for (const item of outcome.items ?? []) emitted.push(keyOf(item));
	}
}

/** Exactly once: no key emitted twice, none of `expected` lost, nothing emitted that was not expected. */
export function expectExactlyOnce(emitted: string[], expected: Iterable<string>): void {
	const wanted = new Set(expected);
	const duplicates = emitted.filter((key, index) => emitted.indexOf(key) !== index);
	expect(duplicates).toEqual([]);
	const lost = [...wanted].filter((key) => !emitted.includes(key));
	expect(lost).toEqual([]);
	const unexpected = emitted.filter((key) => !wanted.has(key));
	expect(unexpected).toEqual([]);
}

/** One test per named run: "<name>: zero lost, zero duplicated over 200+ polls", each with this timeout. */
export function itExactlyOnce<R>(
	runs: Record<string, R>,
	timeout: number,
	test: (run: R) => Promise<void>,
): void {
	it.each(Object.entries(runs))(
		'%s: zero lost, zero duplicated over 200+ polls',
		async (_name, run) => await test(run),
		timeout,
	);
}

/**
 * The random source of a randomized run: `random()`, `pick(list)`, and `tick()`, a clock that moves
 * forward in whole seconds from six hours ago, about a third of the events sharing the previous second.
 */
export function randomSource(seed: number) {
	const random = prng(seed);
	let clock = baseSecond(-6 * 3600);
	return {
		random,
		pick: <T>(list: T[]): T => list[Math.floor(random() * list.length)],
		tick: (): number => {
			if (random() > 0.35) clock += SECOND * (1 + Math.floor(random() * 3));
			return clock;
		},
	};
}

/**
 * One poll of a randomized run: now and then a restart first (in-memory persistence only), then the
 * poll, its items' keys added to `emitted`, the faults cleared. Returns 1 when the poll failed, else 0.
 */
export async function randomPoll(
	sim: ClickMeetingSimulator,
	harness: PollHarness,
	run: { persistence: Persistence },
	random: () => number,
	emitted: string[],
	keyOf: (item: INodeExecutionData) => string,
): Promise<number> {
	if (run.persistence === 'memory' && random() < 0.05) harness.restart();
	const outcome = await harness.poll();
	for (const item of outcome.items ?? []) emitted.push(keyOf(item));
	sim.clearFaults();
	return outcome.error ? 1 : 0;
}
