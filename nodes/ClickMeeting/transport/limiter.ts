import type { ClickMeetingContext } from './context';
import { abortableSleep } from './sleep';

/** How Auto grows and how the learned rate is kept (one table, read by the class below). */
const TUNING = {
	/** Answers counted for the first learned rate (the bucket's burst is still in them). */
	windowMs: 1000,
	/** A rate is re-learned at most this often: one 429 wave is one signal, not dozens. */
	minSpanMs: 250,
	/** While paced, the rate grows by this share per second without a 429 (probing for more). */
	growthPerSecond: 0.02,
	/**
	 * The growth while the rate is only the first guess (half of what the first moments carried,
	 * burst included, which can be half the real rate when the first 429 comes late): until the
	 * next 429 it grows faster, so a low guess is corrected within seconds.
	 */
	firstGuessGrowthPerSecond: 0.1,
	/** Paced at this share of the rate that got through. */
	margin: 0.95,
	minRate: 0.2,
	/** Items that Auto starts with before growing. */
	autoStart: 4,
	/**
	 * Items Auto adds per answer: until the first 429 the parallelism triples each round trip (a
	 * long latency needs many in flight, and each doubling costs a round trip), after it, it doubles.
	 */
	growthBefore429: 2,
	growthAfter429: 1,
} as const;

const LIMITER = Symbol('clickMeetingLimiter');

/**
 * The requests of one node execution, shared by every item in flight: how many items may run at
 * once (Auto grows that by two per answer until the first 429, then by one, up to the user's
 * maximum, and halves it on a 429), and,
 * once ClickMeeting answered 429, a learned request rate that every request start is paced at.
 * The rate is what was getting through (answers per second since the last change, at the first
 * 429 half of what the first second carried, since that holds the burst), less 5%; while paced it
 * grows 2% a second (10% while it is that first guess) until the next 429. When nothing got
 * through, everyone waits the Retry-After.
 */
export class RequestLimiter {
	/** Items allowed to have a request in flight now (fixed: always `max`). */
	concurrency: number;

	/** Requests a second once a 429 was seen; undefined: not paced. */
	rate: number | undefined;

	/** Requests now waiting out a 429's Retry-After: they hold no request slot. */
	sleeping = 0;

	/** 429 answers seen. */
	limited = 0;

	/** Times a rate was learned (1: the first guess only). */
	private learned = 0;

	private nextSlot = 0;

	private pauseUntil = 0;

	private lastGrowth = 0;

	private rateSince = 0;

	private answersSinceRate = 0;

	private readonly answers: number[] = [];

	private readonly started = Date.now();

	private readonly listeners = new Set<() => void>();

	constructor(
		readonly max: number,
		readonly adaptive: boolean,
	) {
		this.concurrency = adaptive ? Math.min(max, TUNING.autoStart) : max;
	}

	/** `listener` runs whenever more items may start. */
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private changed(): void {
		for (const listener of this.listeners) listener();
	}

	/** Waits until this request may start: a pause everyone shares, then its paced slot. */
	async acquire(ctx: ClickMeetingContext): Promise<void> {
		for (let now = Date.now(); this.pauseUntil > now; now = Date.now())
			await abortableSleep(ctx, this.pauseUntil - now);
		if (this.rate === undefined) return;
		const now = Date.now();
		const slot = Math.max(now, this.nextSlot);
		this.nextSlot = slot + 1000 / this.rate;
		if (slot <= now) return;
		// Rate-bound: probe upwards, slowly.
		const elapsed = Math.min(1000, now - (this.lastGrowth || now));
		this.lastGrowth = now;
		const growth = this.learned > 1 ? TUNING.growthPerSecond : TUNING.firstGuessGrowthPerSecond;
		this.rate *= 1 + (growth * elapsed) / 1000;
		await abortableSleep(ctx, slot - now);
	}

	/** An answer other than 429 came back. */
	answered(now = Date.now()): void {
		this.answers.push(now);
		while (this.answers[0] < now - TUNING.windowMs) this.answers.shift();
		this.answersSinceRate++;
		if (this.adaptive && this.concurrency < this.max) {
			const step = this.limited === 0 ? TUNING.growthBefore429 : TUNING.growthAfter429;
			this.concurrency = Math.min(this.max, this.concurrency + step);
			this.changed();
		}
	}

	/** A 429: learn the rate (or pause everyone), back off, and wait `waitMs` before the retry. */
	async rateLimited(ctx: ClickMeetingContext, waitMs: number): Promise<void> {
		this.limited++;
		this.learn(Date.now(), waitMs);
		this.sleeping++;
		this.changed();
		try {
			await abortableSleep(ctx, waitMs);
		} finally {
			this.sleeping--;
		}
	}

	private learn(now: number, waitMs: number): void {
		if (this.rateSince && now - this.rateSince < TUNING.minSpanMs) return;
		if (this.adaptive) this.concurrency = Math.max(1, Math.floor(this.concurrency / 2));
		let observed: number;
		if (this.rate === undefined) {
			while (this.answers.length && this.answers[0] < now - TUNING.windowMs) this.answers.shift();
			const span = Math.min(TUNING.windowMs, Math.max(100, now - this.started));
			observed = this.answers.length < 2 ? 0 : ((this.answers.length / span) * 1000) / 2;
		} else {
			observed = (this.answersSinceRate / (now - this.rateSince)) * 1000;
		}
		this.learned++;
		this.rateSince = now;
		this.answersSinceRate = 0;
		this.lastGrowth = now;
		if (observed > 0) {
			this.rate = Math.max(TUNING.minRate, observed * TUNING.margin);
			// New slots follow the ones already handed out (requests waiting for them keep them):
			// restarting the schedule from now would book those times twice, at double the rate,
			// and every 429 wave would start the next one.
			this.nextSlot = Math.max(this.nextSlot, now + 1000 / this.rate);
		} else {
			// Nothing got through: everyone waits, and a rate already learned is halved.
			if (this.rate !== undefined) this.rate = Math.max(TUNING.minRate, this.rate / 2);
			this.pauseUntil = Math.max(this.pauseUntil, now + waitMs);
		}
	}
}

/** Carries `limiter` on `ctx` (a context made for one execution). */
export function attachLimiter<T extends ClickMeetingContext>(ctx: T, limiter: RequestLimiter): T {
	Object.defineProperty(ctx, LIMITER, { value: limiter, enumerable: false });
	return ctx;
}

/**
 * The limiter of the execution `ctx` belongs to; a context without one (the trigger, the editor's
 * lists) gets its own, unbounded, on first use.
 */
export function limiterOf(ctx: ClickMeetingContext): RequestLimiter {
	const own = (ctx as unknown as { [LIMITER]?: RequestLimiter })[LIMITER];
	if (own) return own;
	return attachLimiter(ctx, new RequestLimiter(Number.MAX_SAFE_INTEGER, false))[
		LIMITER as never
	] as RequestLimiter;
}
