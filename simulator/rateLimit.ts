/**
 * Rate-limit mode: a token bucket per API key. A bucket holds at most `burst` tokens, starts full and
 * refills at `perSecond` tokens a second; each API request takes one token, and a request that finds
 * its bucket empty is answered 429 with `Retry-After` and ClickMeeting's error body.
 */

export interface RateLimitOptions {
	/** tokens added to each key's bucket per second */
	perSecond: number;
	/** bucket size: requests that may go through at once (default: `perSecond`, at least 1) */
	burst?: number;
	/** the `Retry-After` header of a 429, whole seconds (default 1) */
	retryAfter?: number;
	/** clock in milliseconds (default `performance.now`); tests pass a fake one */
	clock?: () => number;
}

export interface RateLimitCounters {
	/** API requests that reached the bucket check (with the mode on or off) */
	requests: number;
	/** of these, answered 429 by the rate limit */
	limited: number;
}

interface Bucket {
	tokens: number;
	at: number;
}

/** Validates a rate-limit setting; throws an Error naming the bad field. */
export function checkRateLimit(value: unknown): RateLimitOptions | null {
	if (value === null || value === undefined || value === false) return null;
	if (typeof value !== 'object')
		throw new Error('rateLimit: an object {perSecond, burst?, retryAfter?} or null');
	const v = value as Record<string, unknown>;
	const num = (name: string, min: number, whole: boolean): number | undefined => {
		if (v[name] === undefined || v[name] === null || v[name] === '') return undefined;
		const n = Number(v[name]);
		if (!Number.isFinite(n) || n < min || (whole && !Number.isInteger(n)))
			throw new Error(`rateLimit.${name}: ${whole ? 'a whole number' : 'a number'} >= ${min}`);
		return n;
	};
	const perSecond = num('perSecond', Number.MIN_VALUE, false);
	if (perSecond === undefined) throw new Error('rateLimit.perSecond: required, a number > 0');
	const out: RateLimitOptions = { perSecond };
	const burst = num('burst', 1, true);
	if (burst !== undefined) out.burst = burst;
	const retryAfter = num('retryAfter', 0, true);
	if (retryAfter !== undefined) out.retryAfter = retryAfter;
	if (typeof v.clock === 'function') out.clock = v.clock as () => number;
	return out;
}

export class RateLimiter {
	private buckets = new Map<string, Bucket>();
	private counters = new Map<string, RateLimitCounters>();
	private total: RateLimitCounters = { requests: 0, limited: 0 };
	/** the setting the buckets were filled for: a new setting starts with full buckets */
	private filledFor: RateLimitOptions | null = null;

	/**
	 * Takes a token for `key` under `setting` (null: mode off, always allowed). Returns undefined when
	 * the request may go through, or the Retry-After seconds of the 429 to answer.
	 */
	take(key: string, setting: RateLimitOptions | null): number | undefined {
		const count = this.countersOf(key);
		count.requests++;
		this.total.requests++;
		if (!setting) return undefined;
		if (setting !== this.filledFor) {
			this.buckets.clear();
			this.filledFor = setting;
		}
		const now = (setting.clock ?? performance.now.bind(performance))();
		const burst = setting.burst ?? Math.max(1, Math.floor(setting.perSecond));
		let bucket = this.buckets.get(key);
		if (!bucket) {
			bucket = { tokens: burst, at: now };
			this.buckets.set(key, bucket);
		}
		bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * setting.perSecond);
		bucket.at = now;
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return undefined;
		}
		count.limited++;
		this.total.limited++;
		return setting.retryAfter ?? 1;
	}

	/** Counters of every key together, or of one key (zeros for a key never seen). */
	stats(key?: string): RateLimitCounters {
		const c =
			key === undefined ? this.total : (this.counters.get(key) ?? { requests: 0, limited: 0 });
		return { ...c };
	}

	/** Zero the counters and refill every bucket. */
	reset(): void {
		this.buckets.clear();
		this.counters.clear();
		this.total = { requests: 0, limited: 0 };
	}

	private countersOf(key: string): RateLimitCounters {
		let c = this.counters.get(key);
		if (!c) {
			c = { requests: 0, limited: 0 };
			this.counters.set(key, c);
		}
		return c;
	}
}
