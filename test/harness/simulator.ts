/**
 * The simulator setup every test file shares: one simulator per `describe` (or file), started
 * before its tests, emptied before each test, closed after them.
 *
 *   const sim = useSimulator();                  // empty state before every test
 *   const sim = useSimulator({ pdfSteps: 1000 }); // any SimulatorOptions
 *   const sim = useSimulator({ seed: true });    // the demo seed before every test
 *   const sim = useSimulator({ resetEach: false }); // state kept across the tests of the block
 *
 * Call it at the top of a `describe` (or the file): it registers the Jest hooks there. The value
 * it returns stands for the running simulator from `beforeAll` on (reading it earlier throws), so
 * tests use it as they used `let sim = await startSimulator()`; the block's own `beforeEach` runs
 * after the reset.
 */
import type { ClickMeetingSimulator, SimulatorOptions } from '../../simulator';
import { startSimulator } from '../../simulator';

export interface UseSimulatorOptions extends SimulatorOptions {
	/** `sim.reset(seed)` before each test (default: true). */
	resetEach?: boolean;
}

export function useSimulator(options: UseSimulatorOptions = {}): ClickMeetingSimulator {
	const { resetEach = true, ...simulatorOptions } = options;
	const seed = simulatorOptions.seed ?? false;
	let running: ClickMeetingSimulator | undefined;
	const current = (): ClickMeetingSimulator => {
		if (!running) throw new Error('useSimulator(): the simulator is used before beforeAll');
		return running;
	};

	beforeAll(async () => {
		running = await startSimulator({ ...simulatorOptions, seed });
	});
	if (resetEach) beforeEach(() => current().reset(seed));
	afterAll(async () => {
		await running?.close();
		running = undefined;
	});

	return new Proxy({} as ClickMeetingSimulator, {
		get(_, property) {
			const target = current();
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
		set(_, property, value) {
			return Reflect.set(current(), property, value);
		},
		has(_, property) {
			return Reflect.has(current(), property);
		},
	});
}

/** The base URL of a simulator that was started and closed again: nothing listens there. */
export async function closedBaseUrl(): Promise<string> {
	const closed = await startSimulator({ seed: false });
	const { baseUrl } = closed;
	await closed.close();
	return baseUrl;
}
