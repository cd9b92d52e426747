/**
 * Child process for the 2 GB download test: n8n's filesystem binary-data mode, a server on
 * 127.0.0.1 that generates the file on the fly, File → Download through n8n-core's engine.
 * Prints one JSON line: bytes stored, RSS before and at peak.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const folder = mkdtempSync(path.join(tmpdir(), 'n8n-cm-bigdl-'));
process.env.N8N_USER_FOLDER = folder;
process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
process.env.N8N_LOG_LEVEL = 'silent';

async function main(): Promise<void> {
	const { Container } = await import('@n8n/di');
	const { BinaryDataService } = await import('n8n-core');
	await Container.get(BinaryDataService).init();
	const { runNode } = await import('../harness/run-workflow');
	const { startHostile } = await import('./hostile');

	const size = Number(process.argv[2] ?? 2 * 1024 ** 3);
	const chunk = Buffer.alloc(4 * 1024 * 1024, 0x61);
	const server = await startHostile((_req, res) => {
		res.writeHead(200, {
			'Content-Type': 'application/octet-stream',
			'Content-Length': size,
			'Content-Disposition': 'attachment; filename="big.bin"',
		});
		let sent = 0;
		const pump = () => {
			while (sent < size) {
				const part = Math.min(chunk.length, size - sent);
				sent += part;
				if (!res.write(part === chunk.length ? chunk : chunk.subarray(0, part)))
					return void res.once('drain', pump);
			}
			res.end();
		};
		pump();
	});

	global.gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 20);
	const started = Date.now();
	const { items, error } = await runNode(server.asSim(), {
		resource: 'file',
		operation: 'download',
		fileId: '1',
		binaryPropertyName: 'data',
		requestOptions: { timeoutSeconds: 600, maxAttempts: 1 },
	});
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	await server.close();
	const binary = items[0]?.binary?.data;
	console.log(
		JSON.stringify({
			error: error?.message,
			size: items[0]?.json.size,
			mode: binary?.data,
			id: binary?.id ? 'set' : undefined,
			rssBeforeMB: Math.round(before / 1024 / 1024),
			rssPeakMB: Math.round(peak / 1024 / 1024),
			growthMB: Math.round((peak - before) / 1024 / 1024),
			seconds: (Date.now() - started) / 1000,
		}),
	);
	rmSync(folder, { recursive: true, force: true });
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		rmSync(folder, { recursive: true, force: true });
		process.exit(1);
	},
);
