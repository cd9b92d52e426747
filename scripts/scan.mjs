// Runs the checks of n8n's community-package scanner (@n8n/scan-community-package) on this
// package without the registry: the source leg on nodes/, credentials/ and package.json, and
// the tarball leg on the compiled .js files and package.json of what `npm pack` would publish.
// The scanner's provenance check needs a published version and is not run here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'clickmeeting-scan-'));
try {
	const packed = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
			cwd: root,
			encoding: 'utf8',
		}),
	);
	const tarball = path.join(work, packed[0].filename);
	const unpacked = path.join(work, 'package');
	execFileSync('tar', ['-xzf', tarball, '-C', work]);

	const source = await analyzePackage(root, SOURCE_FILE_PATTERNS);
	const dist = await analyzePackage(unpacked, ['**/*.js', 'package.json']);
	const files = packed[0].files.map((file) => file.path);
	let failed = false;
	for (const [leg, result] of [
		['source', source],
		['tarball', dist],
	]) {
		if (result.passed) {
			console.log(`scan ${leg}: passed`);
		} else {
			failed = true;
			console.log(`scan ${leg}: FAILED ${result.message ?? ''}\n${result.details ?? ''}`);
		}
	}
	const unexpected = files.filter(
		(file) => !/^(dist\/|README\.md$|LICENSE(\.md)?$|package\.json$)/.test(file),
	);
	if (unexpected.length) {
		failed = true;
		console.log(
			`scan tarball: files outside dist/, README, LICENSE, package.json: ${unexpected.join(', ')}`,
		);
	} else {
		console.log(`scan tarball: ${files.length} files, ${packed[0].size} bytes packed`);
	}
	process.exitCode = failed ? 1 : 0;
} finally {
	rmSync(work, { recursive: true, force: true });
}
