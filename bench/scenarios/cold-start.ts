// s5: loading the built node, credential and trigger in a fresh process; the package's size.
import { execFileSync, execSync } from 'node:child_process';
import path from 'node:path';

import { log, median, round } from '../common';
import { PKG } from '../ipc';

export function coldStart(runs = 9): Record<string, unknown> {
	log('\n== s5: cold start');
	const nodeFile = path.join(PKG, 'dist/nodes/ClickMeeting/ClickMeeting.node.js');
	const triggerFile = path.join(PKG, 'dist/nodes/ClickMeeting/ClickMeetingTrigger.node.js');
	const credFile = path.join(PKG, 'dist/credentials/ClickMeetingApi.credentials.js');
	const script = (preload: boolean) => `
		const { performance } = require('node:perf_hooks');
		${preload ? "require('n8n-workflow');" : ''}
		const t0 = performance.now();
		require(${JSON.stringify(nodeFile)});
		require(${JSON.stringify(credFile)});
		const t1 = performance.now();
		require(${JSON.stringify(triggerFile)});
		const t2 = performance.now();
		process.stdout.write(JSON.stringify({ nodeAndCredentials: t1 - t0, trigger: t2 - t1 }));`;
	const sample = (preload: boolean) => {
		const rows = Array.from(
			{ length: runs },
			() =>
				JSON.parse(
					execFileSync(process.execPath, ['-e', script(preload)], { cwd: PKG, encoding: 'utf8' }),
				) as { nodeAndCredentials: number; trigger: number },
		);
		return {
			nodeAndCredentialsMs: round(median(rows.map((r) => r.nodeAndCredentials)), 1),
			triggerAfterThemMs: round(median(rows.map((r) => r.trigger)), 1),
		};
	};
	const withWorkflow = sample(false);
	const ours = sample(true);
	const pack = JSON.parse(
		execSync('npm pack --dry-run --json --ignore-scripts 2>/dev/null', {
			cwd: PKG,
			encoding: 'utf8',
		}),
	) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	const result = {
		runs,
		includingN8nWorkflow: withWorkflow,
		n8nWorkflowAlreadyLoaded: ours,
		tarball: {
			bytes: pack[0].size,
			kB: round(pack[0].size / 1024),
			unpackedBytes: pack[0].unpackedSize,
			files: pack[0].entryCount,
		},
	};
	log(`   ${JSON.stringify(result)}`);
	return result;
}
