// What the e2e runs (`run.mjs`, `queue.mjs`) share: their options, the checks' results and
// timings, the summary at the end, and the exit code.
import { LINES, log } from './common.mjs';

/** The options both runs take: `--only n8n1|n8n2`, `--keep`, and any `--flag` / `--name value`. */
export function options(argv = process.argv.slice(2)) {
	const value = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
	const only = value('--only');
	const lines = only ? [LINES[only]] : [LINES.n8n1, LINES.n8n2];
	if (lines.some((l) => !l)) throw new Error(`--only takes ${Object.keys(LINES).join(' or ')}`);
	return { lines, keep: argv.includes('--keep'), flag: (name) => argv.includes(name), value };
}

/** The results and timings of one run. */
export function createReport() {
	const results = [];
	const timings = [];

	/** Records a failure that is not one named check (an install, a whole line). */
	function fail(line, name, error) {
		results.push({ line: line.label, name, ok: false, detail: String(error?.stack ?? error) });
		log(`  FAIL ${line.label} · ${String(error?.message ?? error).split('\n')[0]}`);
	}

	/** Runs one named check of a line: PASS / FAIL logged and recorded; true when it passed. */
	async function check(line, name, fn) {
		const t0 = Date.now();
		try {
			await fn();
			results.push({ line: line.label, name, ok: true });
			log(`  PASS ${line.label} · ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
			return true;
		} catch (error) {
			const detail = String(error?.stack ?? error)
				.split('\n')
				.slice(0, 40)
				.join('\n');
			results.push({ line: line.label, name, ok: false, detail });
			log(`  FAIL ${line.label} · ${name}\n${detail.replace(/^/gm, '       ')}`);
			return false;
		}
	}

	/** Whether every check of the line passed so far. */
	const lineOk = (line) => results.filter((r) => r.line === line.label).every((r) => r.ok);

	/**
	 * Prints the summary (per line its checks, then the timings and the failures) and sets the exit
	 * code: non-zero on any failure or when nothing was checked.
	 */
	function summary({ title, subtitle, lines, lineSuffix = '', measured = {}, start }) {
		const out = (s) => process.stdout.write(s);
		const passed = results.filter((r) => r.ok).length;
		const failed = results.length - passed;
		out(`\n==================== ${title} ====================\n`);
		if (subtitle) out(`${subtitle}\n`);
		for (const line of lines) {
			out(`\n${line.label} (${line.id === 'n8n1' ? 'Node.js 20' : 'Node.js 24'})${lineSuffix}:\n`);
			for (const r of results.filter((x) => x.line === line.label))
				out(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}\n`);
			if (measured[line.label]) out(`  measured: ${JSON.stringify(measured[line.label])}\n`);
		}
		out('\nTimings:\n');
		for (const [name, ms] of timings)
			out(`  ${name.padEnd(48)} ${(ms / 1000).toFixed(1).padStart(7)} s\n`);
		out(`  ${'whole run'.padEnd(48)} ${((Date.now() - start) / 1000).toFixed(1).padStart(7)} s\n`);
		if (failed) {
			out('\nFailures:\n');
			for (const r of results.filter((x) => !x.ok))
				out(`\n- ${r.line} · ${r.name}\n${String(r.detail).replace(/^/gm, '    ')}\n`);
		}
		out(`\n${passed} passed, ${failed} failed\n`);
		process.exitCode = failed || !results.length ? 1 : 0;
	}

	return { results, timings, check, fail, lineOk, summary };
}

/** Runs a run's `main`; an error outside every check is one failure. */
export function runMain(main) {
	main().catch((error) => {
		process.stderr.write(`${error?.stack ?? error}\n`);
		process.stdout.write(`\n0 passed, 1 failed\n`);
		process.exit(1);
	});
}
