import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs the child (its own process, so its RSS is the download's alone), bounded in time. */
function runChild(bytes: number, timeoutMs: number): Promise<Record<string, unknown>> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				require.resolve('ts-node/dist/bin.js'),
				'--transpile-only',
				'--prefer-ts-exts',
				path.join(__dirname, 'big-download.child.ts'),
				String(bytes),
			],
			{ cwd: path.join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] },
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (data: Buffer) => (out += data.toString()));
		child.stderr.on('data', (data: Buffer) => (err += data.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			const line = out.trim().split('\n').pop() ?? '';
			try {
				resolve(JSON.parse(line) as Record<string, unknown>);
			} catch {
				reject(new Error(`child exited ${code}: ${err.slice(-2000)}`));
			}
		});
	});
}

describe("File → Download of 2 GB in n8n's filesystem binary-data mode", () => {
	it('streams: the file is stored whole and peak RSS grows by less than 200 MB', async () => {
		const size = 2 * 1024 ** 3;
		const result = await runChild(size, 280_000);

		expect(result.error).toBeUndefined();
		expect(result.size).toBe(size);
		expect(result.mode).toBe('filesystem-v2');
		expect(result.growthMB as number).toBeLessThan(200);
	}, 300_000);
});
