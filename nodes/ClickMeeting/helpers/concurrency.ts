/**
 * Runs `task` for every index in 0..count-1, at most `limit` at a time, and resolves when all
 * started tasks have finished. `task` must not throw; `stop()` returning true starts no more.
 */
export async function forEachBounded(
	count: number,
	limit: number,
	task: (index: number) => Promise<void>,
	stop: () => boolean = () => false,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (!stop() && next < count) {
			const index = next++;
			await task(index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
}

/** What `forEachLimited` asks of a limiter (transport/limiter.ts's RequestLimiter). */
export interface ItemLimiter {
	/** The user's maximum: never more items in flight than this. */
	readonly max: number;
	/** Items that may have a request in flight now. */
	readonly concurrency: number;
	/** Items waiting out a 429 (they hold no request slot). */
	readonly sleeping: number;
	/** Whether items waiting out a 429 make room for others (Auto); a fixed number never does. */
	readonly adaptive: boolean;
	onChange(listener: () => void): () => void;
}

/**
 * Runs `task` for every index in 0..count-1 in index order, as many at a time as `limiter` allows
 * at each moment (it may grow and shrink while they run), never more than its maximum; resolves
 * when all started tasks have finished. `task` must not throw; `stop()` returning true starts no
 * more.
 */
export async function forEachLimited(
	count: number,
	limiter: ItemLimiter,
	task: (index: number) => Promise<void>,
	stop: () => boolean = () => false,
): Promise<void> {
	await new Promise<void>((resolve) => {
		let next = 0;
		let active = 0;
		let finished = false;
		const room = () =>
			active < limiter.max &&
			active - (limiter.adaptive ? limiter.sleeping : 0) < Math.max(1, limiter.concurrency);
		const pump = () => {
			if (finished) return;
			while (!stop() && next < count && room()) {
				const index = next++;
				active++;
				void task(index).then(done, done);
			}
			if (active === 0) {
				finished = true;
				off();
				resolve();
			}
		};
		const done = () => {
			active--;
			pump();
		};
		const off = limiter.onChange(pump);
		pump();
	});
}
