import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ClickMeetingSimulator } from '../../simulator';

export interface SeenRequest {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export type Handler = (
	req: http.IncomingMessage,
	res: http.ServerResponse,
	seen: SeenRequest,
	index: number,
) => unknown;

export interface HostileServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** Base URL for the credential: `<origin>/v1`. */
	baseUrl: string;
	apiKey: string;
	requests: SeenRequest[];
	close(): Promise<void>;
	/** Pass to runNode, which only reads apiKey, baseUrl and requests. */
	asSim(): ClickMeetingSimulator;
}

/**
 * A small hostile HTTP server on 127.0.0.1, bounded in requests: past `maxRequests` it
 * answers 599 and records nothing more, so a looping client is cut off and seen as such.
 */
export async function startHostile(
	handler: Handler,
	options: { maxRequests?: number; apiKey?: string } = {},
): Promise<HostileServer> {
	const maxRequests = options.maxRequests ?? 50;
	const requests: SeenRequest[] = [];
	const sockets = new Set<import('node:net').Socket>();
	let count = 0;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const index = count++;
			if (index >= maxRequests) {
				res.writeHead(599).end();
				return;
			}
			const seen = {
				method: req.method ?? '',
				url: req.url ?? '',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(seen);
			handler(req, res, seen, index);
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	const hostile: HostileServer = {
		origin,
		baseUrl: `${origin}/v1`,
		apiKey: options.apiKey ?? 'hostile-test-key-7f3a9c',
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
		asSim: () => hostile as unknown as ClickMeetingSimulator,
	};
	return hostile;
}

/**
 * Hostile servers per test, each closed after its test: call at the top of a `describe`, then
 * `const server = await startServer(handler, options)` in a test (as startHostile).
 */
export function useHostile(): typeof startHostile {
	const open: HostileServer[] = [];
	afterEach(async () => {
		await Promise.all(open.splice(0).map(async (server) => await server.close()));
	});
	return async (handler, options) => {
		const server = await startHostile(handler, options);
		open.push(server);
		return server;
	};
}

export function json(
	res: http.ServerResponse,
	status: number,
	body: unknown,
	headers: http.OutgoingHttpHeaders = {},
): void {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

/** Every header value a server saw, joined: to check a key never reached it. */
export function everything(server: HostileServer): string {
	return server.requests
		.map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`)
		.join('\n');
}
