// The simulator in its own process (the bench machine has 2 cores: the simulator on one, the
// contender on the other), driven by the bench runner over IPC. Counts, besides the simulator's
// own request log, the TCP connections opened and the most requests in flight at once.
import type { Socket } from 'node:net';
import type http from 'node:http';

import { startSimulator } from '../simulator';
import { serve } from './ipc';
import type { ClickMeetingSimulator, RoomStatus } from '../simulator';

let sim: ClickMeetingSimulator;
let connections = 0;
let inFlight = 0;
let maxInFlight = 0;

/** '/conferences/12/registration' -> '/conferences/:id/registration' */
function route(method: string, path: string): string {
	return `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/:id')}`;
}

function stats() {
	const byRoute: Record<string, number> = {};
	const byStatus: Record<string, number> = {};
	for (const r of sim.requests) {
		const key = route(r.method, r.path) + (r.query.page !== undefined ? '?page' : '');
		byRoute[key] = (byRoute[key] ?? 0) + 1;
		byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
	}
	return { requests: sim.requests.length, byRoute, byStatus, connections, maxInFlight };
}

const commands: Record<string, (...args: never[]) => unknown> = {
	async start(latencyMs: number) {
		sim = await startSimulator({ seed: false, latencyMs });
		const server = (sim as unknown as { server: http.Server }).server;
		server.on('connection', (_socket: Socket) => {
			connections++;
		});
		server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
			inFlight++;
			if (inFlight > maxInFlight) maxInFlight = inFlight;
			res.once('close', () => {
				inFlight--;
			});
		});
		return { baseUrl: sim.baseUrl, apiKey: sim.apiKey };
	},
	reset() {
		sim.reset(false);
		connections = 0;
		maxInFlight = 0;
	},
	setLatency(ms: number) {
		sim.options.latencyMs = ms;
	},
	clearRequests() {
		sim.clearRequests();
		// full buckets for the timed run (the warm-up may have emptied them)
		sim.clearRateLimitStats();
		connections = 0;
		maxInFlight = inFlight;
	},
	stats,
	seedRooms(count: number, opts: { status?: RoomStatus; registrationEnabled?: boolean }) {
		const rooms = sim.seedRooms(count, opts);
		return rooms.map((room) => room.id);
	},
	addRoom(partial: Record<string, unknown>) {
		return sim.addRoom(partial).id;
	},
	addSession(roomId: number, partial: Record<string, unknown>) {
		const session = sim.addSession(roomId, partial);
		return session.id;
	},
	addRegistration(roomId: number, partial: Record<string, unknown>) {
		return sim.addRegistration(roomId, partial).id;
	},
	/** Runs a small setup script against the simulator (bench-only, trusted code from bench/). */
	async eval(source: string, ...args: unknown[]) {
		const fn = new Function('sim', 'args', `return (async () => { ${source} })();`) as (
			s: ClickMeetingSimulator,
			a: unknown[],
		) => Promise<unknown>;
		return await fn(sim, args);
	},
	async close() {
		await sim.close();
		setImmediate(() => process.exit(0));
	},
};

serve(commands);
