export interface SimInfo {
	baseUrl: string;
	apiKey: string;
}

export interface Job {
	scenario: 's1' | 's2' | 's3' | 's4';
	contender: string;
	sim: SimInfo;
	/** Unique per measurement: keeps registration e-mails apart. */
	runTag: string;
	params: {
		items?: number;
		warmupItems?: number;
		roomId?: number;
		warmupRoomId?: number;
		tokens?: number;
		parallel?: number | 'auto';
		tolerateFailures?: boolean;
		[key: string]: unknown;
	};
	profile?: boolean;
}

export interface ProfileEntry {
	function: string;
	location: string;
	category: string;
	selfMs: number;
	selfPct: number;
}

export interface ProfileSummary {
	totalMs: number;
	top: ProfileEntry[];
	byCategory: Record<string, { selfMs: number; selfPct: number }>;
}

export interface Measurement {
	wallMs: number;
	/** Peak RSS above the baseline taken after warm-up and a forced GC (sampled every 5 ms). */
	rssDeltaMB: number;
	/** Peak V8 heapUsed above the same baseline. */
	heapDeltaMB: number;
	baselineRssMB: number;
	/** Client CPU (user + system) of the timed run, in milliseconds. */
	cpuMs?: number;
	outputItems: number;
	profile?: ProfileSummary;
	profileFile?: string;
}
