import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { forEachBounded } from '../helpers/concurrency';
import type { WatchedRoom } from './rooms';

/** At most this many requests at once. */
export const CONCURRENCY = 16;

/**
 * Maps `inputs` through `task`, a few at a time. The first error stops starting new tasks and
 * is thrown once the running ones are done, so a failed poll never returns a partial result.
 */
export async function mapBounded<I, O>(inputs: I[], task: (input: I) => Promise<O>): Promise<O[]> {
	const out: O[] = new Array<O>(inputs.length);
	let failure: { error: unknown } | undefined;
	await forEachBounded(
		inputs.length,
		CONCURRENCY,
		async (index) => {
			try {
				out[index] = await task(inputs[index]);
			} catch (error) {
				failure ??= { error };
			}
		},
		() => failure !== undefined,
	);
	if (failure) throw failure.error;
	return out;
}

/** Runs `fetch` (one request) for every room and returns the answers by room id. */
export async function fetchPerRoom(
	this: IPollFunctions,
	rooms: WatchedRoom[],
	fetch: (this: IPollFunctions, room: WatchedRoom) => Promise<IDataObject[]>,
): Promise<Map<number, IDataObject[]>> {
	const lists = await mapBounded(rooms, async (room) => await fetch.call(this, room));
	return new Map(rooms.map((room, index) => [room.id, lists[index]]));
}
