import type { INodeExecutionData } from 'n8n-workflow';

import type { RecordedRequest } from '../../simulator';

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
