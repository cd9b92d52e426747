// A forked child process answering `{ id, cmd, args }` messages with `{ id, result | error }`.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
/**
 * A snapshot of the built package (dist/, package.json, README.md, LICENSE) taken when the bench
 * starts: other work in the same tree may rebuild dist/ while the bench runs.
 */
export const PKG = path.join(ROOT, 'bench/.tmp/pkg');
export const TS_NODE = [
	'-r',
	require.resolve('ts-node/register/transpile-only', { paths: [ROOT] }),
];

export class Child {
	private nextId = 1;
	private readonly pending = new Map<
		number,
		{ resolve: (v: unknown) => void; reject: (e: Error) => void }
	>();
	readonly proc: ChildProcess;
	private exited: Promise<number | null>;

	constructor(script: string, execArgv: string[] = [], env: NodeJS.ProcessEnv = {}) {
		this.proc = fork(script, [], {
			cwd: ROOT,
			execArgv: [...TS_NODE, ...execArgv],
			env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		this.proc.on('message', (message: { id: number; result?: unknown; error?: string }) => {
			const waiter = this.pending.get(message.id);
			if (!waiter) return;
			this.pending.delete(message.id);
			if (message.error !== undefined) waiter.reject(new Error(message.error));
			else waiter.resolve(message.result);
		});
		this.exited = new Promise((resolve) => {
			this.proc.on('exit', (code) => {
				for (const waiter of this.pending.values())
					waiter.reject(new Error(`${script} exited with ${code}`));
				this.pending.clear();
				resolve(code);
			});
		});
	}

	call<T = unknown>(cmd: string, ...args: unknown[]): Promise<T> {
		const id = this.nextId++;
		return new Promise<T>((resolve, reject) => {
			this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
			this.proc.send({ id, cmd, args });
		});
	}

	async close(): Promise<void> {
		try {
			await this.call('close');
		} catch {
			// already gone
		}
		await this.exited;
	}
}

/** Serves `commands` to the parent process (the child side of `Child`). */
export function serve(commands: Record<string, (...args: never[]) => unknown>): void {
	process.on('message', (message: { id: number; cmd: string; args: unknown[] }) => {
		void (async () => {
			try {
				const fn = commands[message.cmd] as ((...args: unknown[]) => unknown) | undefined;
				if (!fn) throw new Error(`unknown command ${message.cmd}`);
				const result = await fn(...message.args);
				process.send?.({ id: message.id, result });
			} catch (error) {
				process.send?.({ id: message.id, error: String((error as Error)?.stack ?? error) });
			}
		})();
	});
	process.on('disconnect', () => process.exit(0));
}
