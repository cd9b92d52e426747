import { sleep } from 'n8n-workflow';

import type { ClickMeetingContext } from './context';
import { cancelSignalOf } from './context';

/**
 * The one abort-aware sleep: waits `ms` in slices of at most 250 ms and returns early once the
 * execution is cancelled (for retries, the 429 pause and polling a PDF report).
 */
export async function abortableSleep(ctx: ClickMeetingContext, ms: number): Promise<void> {
	const signal = cancelSignalOf(ctx);
	let left = ms;
	while (left > 0) {
		if (signal?.aborted) return;
		const slice = Math.min(left, 250);
		await sleep(slice);
		left -= slice;
	}
}
