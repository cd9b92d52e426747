/** Faults injected on demand: an error status, latency, a dropped connection, a malformed answer. */
import type * as http from 'node:http';
import { RecordedRequest, sendError } from './http';

export type Fault =
	/** `afterProcessing`: the request is carried out (state changes), then answered with the fault. */
	| {
			type: 'status';
			status: number;
			count?: number;
			retryAfter?: string;
			body?: string;
			afterProcessing?: boolean;
	  }
	| { type: 'latency'; ms: number; count?: number }
	| { type: 'drop'; count?: number; afterProcessing?: boolean }
	| { type: 'malformed'; count?: number };

export const FAULT_TYPES = ['status', 'latency', 'drop', 'malformed'];

export interface FaultMatch {
	method?: string;
	/** exact path relative to /v1 ('/conferences/12'), a prefix when it ends with '*', or a RegExp */
	path?: string | RegExp;
}

interface ActiveFault {
	fault: Fault;
	match?: FaultMatch;
	/** -1 = until cleared */
	remaining: number;
}

function matches(m: FaultMatch | undefined, method: string, path: string): boolean {
	if (m?.method && m.method.toUpperCase() !== method) return false;
	if (m?.path === undefined) return true;
	if (m.path instanceof RegExp) return m.path.test(path);
	if (m.path.endsWith('*')) return path.startsWith(m.path.slice(0, -1));
	return m.path === path;
}

/** The faults waiting for requests: the first matching one is taken, `count` times. */
export class FaultList {
	private faults: ActiveFault[] = [];

	get size(): number {
		return this.faults.length;
	}

	add(fault: Fault, match?: FaultMatch): void {
		const count = fault.count ?? 1;
		if (count === 0) return;
		this.faults.push({ fault, match, remaining: count < 0 ? -1 : count });
	}

	clear(): void {
		this.faults = [];
	}

	take(method: string, path: string): Fault | undefined {
		const i = this.faults.findIndex((f) => matches(f.match, method, path));
		if (i < 0) return undefined;
		const f = this.faults[i];
		if (f.remaining > 0 && --f.remaining === 0) this.faults.splice(i, 1);
		return f.fault;
	}
}

/** Answers with a fault; false for faults that only delay (latency). */
export function answerFault(
	fault: Fault,
	record: RecordedRequest,
	req: http.IncomingMessage,
	res: http.ServerResponse,
): boolean {
	if (fault.type === 'drop') {
		record.status = 0;
		req.socket.destroy();
		return true;
	}
	if (fault.type === 'malformed') {
		record.status = 200;
		const body = '{"conference": {"id": 1, "name": "Trunc';
		res.writeHead(200, {
			'content-type': 'application/json; charset=utf-8',
			'content-length': String(Buffer.byteLength(body)),
		});
		res.end(body);
		return true;
	}
	if (fault.type !== 'status') return false;
	record.status = fault.status;
	const headers: Record<string, string> = {};
	if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
	if (fault.body !== undefined) {
		res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
		res.end(fault.body);
	} else if (fault.status === 429) {
		sendError(res, 429, [RATE_LIMITED], { headers });
	} else {
		const message = `Injected fault: HTTP ${fault.status}.`;
		sendError(res, fault.status, [{ name: 'server', message }], { headers });
	}
	return true;
}

/** The error of a 429, injected or from the rate-limit mode. */
export const RATE_LIMITED = { name: 'rate_limit', message: 'Too many requests, slow down.' };
