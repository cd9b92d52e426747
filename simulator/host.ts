/**
 * The simulator's options and its programmatic test API (state, recorded requests, faults, the
 * rate-limit mode, seeding); `server.ts` adds the HTTP server on top.
 */
import {
	AttendanceOptions,
	AttendanceScenario,
	RoomsOverTimeOptions,
	seedAttendance,
	seedRoomsOverTime,
} from './attendance';
import { FaultList } from './faults';
import type { Fault, FaultMatch } from './faults';
import type { RecordedRequest } from './http';
import { RateLimitCounters, RateLimitOptions, RateLimiter, checkRateLimit } from './rateLimit';
import { SimulatorState } from './state';
import type * as T from './types';

export interface SimulatorOptions {
	host?: string;
	port?: number;
	apiKey?: string;
	pdfSteps?: number;
	pdfInProgressSpelling?: 'IN PROGRESS' | 'IN_PROGRESS';
	latencyMs?: number;
	seed?: boolean;
	maxTokensPerRoom?: number;
	/** `GET /conferences/active`: 'paged' (default: 250 a page, page 1 when `page` is not sent) or 'ignored' (every room) */
	activeRoomsPaging?: 'paged' | 'ignored';
	/** every DELETE answers the bare JSON string "200 OK" (seen from the live API) */
	bareOkDeletes?: boolean;
	/** error bodies carry `code` as a string ("422"), as the live API sometimes does */
	stringErrorCodes?: boolean;
	/** further API keys accepted besides `apiKey` (each has its own rate-limit bucket) */
	extraApiKeys?: string[];
	/**
	 * Rate-limit mode (null: off): a token bucket per API key, `burst` at once then `perSecond`;
	 * an empty bucket answers 429 with `Retry-After: retryAfter` (default 1) and the error body.
	 * Read on every request: `sim.options.rateLimit = {...}` or `sim.setRateLimit(...)` at run time.
	 */
	rateLimit?: RateLimitOptions | null;
}

export const DEFAULTS: Required<SimulatorOptions> = {
	host: '127.0.0.1',
	port: 0,
	apiKey: 'sim-api-key-0123456789abcdef',
	pdfSteps: 2,
	pdfInProgressSpelling: 'IN PROGRESS',
	latencyMs: 0,
	seed: true,
	maxTokensPerRoom: 4000,
	activeRoomsPaging: 'paged',
	bareOkDeletes: false,
	stringErrorCodes: false,
	extraApiKeys: [],
	rateLimit: null,
};

export class SimulatorHost {
	readonly apiKey: string;
	readonly requests: RecordedRequest[] = [];
	readonly state = new SimulatorState();
	options: Required<SimulatorOptions>;
	protected readonly faults = new FaultList();
	protected readonly limiter = new RateLimiter();

	constructor(options: SimulatorOptions = {}) {
		const given = Object.fromEntries(
			Object.entries(options).filter(([, v]) => v !== undefined),
		) as SimulatorOptions;
		this.options = { ...DEFAULTS, ...given };
		this.options.rateLimit = checkRateLimit(this.options.rateLimit);
		this.apiKey = this.options.apiKey;
		if (this.options.seed) this.state.seedDemo();
	}

	clearRequests(): void {
		this.requests.length = 0;
	}

	injectFault(fault: Fault, match?: FaultMatch): void {
		this.faults.add(fault, match);
	}

	clearFaults(): void {
		this.faults.clear();
	}

	/** Faults still waiting for requests. */
	get faultCount(): number {
		return this.faults.size;
	}

	/** Rate-limit mode on (`{ perSecond, burst?, retryAfter? }`) or off (null); buckets start full. */
	setRateLimit(rateLimit: RateLimitOptions | null): void {
		this.options.rateLimit = checkRateLimit(rateLimit);
	}

	/** Requests with an accepted key and how many the rate limit answered 429: all keys, or one. */
	rateLimitStats(apiKey?: string): RateLimitCounters {
		return this.limiter.stats(apiKey);
	}

	/** Zero the rate-limit counters and refill the buckets (the setting stays). */
	clearRateLimitStats(): void {
		this.limiter.reset();
	}

	/** The setting with its defaults filled in (null when off), and the counters of every key. */
	rateLimitSummary(): {
		rateLimit: Required<Omit<RateLimitOptions, 'clock'>> | null;
	} & RateLimitCounters {
		const s = this.options.rateLimit;
		const rateLimit = s && {
			perSecond: s.perSecond,
			burst: s.burst ?? Math.max(1, Math.floor(s.perSecond)),
			retryAfter: s.retryAfter ?? 1,
		};
		return { rateLimit, ...this.rateLimitStats() };
	}

	forcePdfFailure(roomId: number, sessionId: number, lang: string): void {
		const key = `${roomId}:${sessionId}:${lang}`;
		const report = this.state.pdfReports.get(key);
		if (report) report.failed = true;
		else {
			const blank = { room_id: roomId, session_id: sessionId, lang, calls: 0, code: 'failed' };
			this.state.pdfReports.set(key, { ...blank, failed: true });
		}
	}

	addRoom(partial?: Partial<T.Room>): T.Room {
		return this.state.addRoom(partial);
	}

	addSession(
		roomId: number,
		partial?: Partial<Omit<T.Session, 'attendees'>> & { attendees?: Array<Partial<T.Attendee>> },
	): T.Session {
		return this.state.addSession(roomId, partial);
	}

	addAttendee(sessionId: number, partial?: Partial<T.Attendee>): T.Attendee {
		return this.state.addAttendee(sessionId, partial);
	}

	addRegistration(roomId: number, partial?: T.RegistrationInput): T.Registration {
		return this.state.addRegistration(roomId, partial);
	}

	addRecording(
		roomId: number,
		partial?: Partial<Omit<T.Recording, 'id' | 'room_id'>>,
	): T.Recording {
		return this.state.addRecording(roomId, partial);
	}

	addFile(content: Buffer, name: string, roomId?: number, contentType?: string): T.FileEntry {
		return this.state.addFile(content, name, roomId, contentType);
	}

	addChat(sessionId: number, messages?: Array<Partial<T.ChatMessage>>): T.Chat {
		return this.state.addChat(sessionId, messages);
	}

	seedRooms(
		count: number,
		opts?: { status?: T.RoomStatus; registrationEnabled?: boolean },
	): T.Room[] {
		return this.state.seedRooms(count, opts);
	}

	/** Sessions whose attendees and registrations overlap (see simulator/attendance.ts). */
	seedAttendance(opts?: AttendanceOptions): AttendanceScenario {
		return seedAttendance(this.state, opts);
	}

	/** Scheduled rooms created over time, `starts_at` in the near future. */
	seedRoomsOverTime(opts: RoomsOverTimeOptions): T.Room[] {
		return seedRoomsOverTime(this.state, opts);
	}

	reset(seed: boolean = this.options.seed): void {
		this.state.clear();
		this.clearRequests();
		this.clearFaults();
		this.clearRateLimitStats();
		if (seed) this.state.seedDemo();
	}
}
