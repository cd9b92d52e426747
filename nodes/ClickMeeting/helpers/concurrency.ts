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
