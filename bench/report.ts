// What `npm run bench` prints: a table per scenario and issue #17's targets beside the figures.
import type { ScenarioResult } from './common';
import type { RateLimitedRow } from './scenarios/rate-limited';
import type { ProfileSummary } from './types';

const pad = (text: string, width: number, right = false) =>
	right ? text.padStart(width) : text.padEnd(width);

export function table(result: ScenarioResult): string {
	const lines = [
		`${result.id}: ${result.title}; ${result.latencyMs} ms added latency; median of ${result.rounds} rounds`,
	];
	const header = [
		'contender',
		'wall ms',
		'vs floor',
		'CPU ms/item',
		'peak RSS MB',
		'peak heap MB',
		'requests',
		'conns',
		'max in flight',
	];
	const widths = [40, 9, 9, 12, 12, 13, 9, 6, 14];
	lines.push(header.map((h, i) => pad(h, widths[i], i > 0)).join(' '));
	const floor = result.contenders.floor?.median.wallMs;
	for (const c of Object.values(result.contenders)) {
		const m = c.median;
		const cells = [
			c.label,
			m.wallMs.toFixed(0),
			floor ? (m.wallMs / floor).toFixed(2) + 'x' : '',
			m.cpuMsPerItem.toFixed(3),
			m.rssDeltaMB.toFixed(1),
			m.heapDeltaMB.toFixed(1),
			String(m.requests),
			String(m.connections),
			String(m.maxInFlight),
		];
		lines.push(cells.map((cell, i) => pad(cell, widths[i], i > 0)).join(' '));
	}
	const ratios = Object.entries(result.ratios).map(([k, v]) => `${k} = ${v}`);
	if (ratios.length) lines.push(`ratios: ${ratios.join('; ')}`);
	return lines.join('\n');
}

export interface Target {
	target: string;
	value: number | string;
	met: boolean;
}

/** Issue #17's targets, from whichever of s1-20ms, s6 and s7 ran. */
export function targets(results: Record<string, unknown>): Target[] {
	const out: Target[] = [];
	const scenarios = (results.scenarios ?? {}) as Record<string, ScenarioResult>;
	const s1 = scenarios['s1-20ms']?.contenders;
	if (s1) {
		const wall = (id: string) => s1[id]?.median.wallMs;
		const cpu = (id: string) => s1[id]?.median.cpuMsPerItem;
		if (wall('node-p1') && wall('floor')) {
			const ratio = Math.round((wall('node-p1') / wall('floor')) * 100) / 100;
			out.push({ target: 's1-20ms node-p1 / floor ≤ 1.10', value: ratio, met: ratio <= 1.1 });
		}
		if (wall('node-auto') && wall('http-default')) {
			const ratio = Math.round((wall('node-auto') / wall('http-default')) * 100) / 100;
			out.push({
				target: 's1-20ms node-auto / http-default ≤ 1.3',
				value: ratio,
				met: ratio <= 1.3,
			});
		}
		if (cpu('node-auto') !== undefined && cpu('http-default') !== undefined) {
			out.push({
				target: 's1-20ms CPU/item node-auto ≤ http-default',
				value: `${cpu('node-auto')} vs ${cpu('http-default')} ms`,
				met: cpu('node-auto') <= cpu('http-default'),
			});
		}
	}
	const s6 = results.rateLimited as Record<string, RateLimitedRow> | undefined;
	const auto = s6?.['node-auto'];
	if (auto) {
		out.push({
			target: 's6 node-auto: every item, 0 duplicates, ≤ 1.15x the rate floor, ≤ 10% 429s',
			value: `${auto.succeeded}/${auto.succeeded + auto.failed}, ${auto.duplicates} dup, ${auto.wallOverFloor}x, ${Math.round(auto.share429 * 1000) / 10}% 429`,
			met:
				auto.failed === 0 &&
				auto.duplicates === 0 &&
				auto.wallOverFloor <= 1.15 &&
				auto.share429 <= 0.1,
		});
	}
	const s7 = results.bigPoll as
		| { medianWallMs: number; targetMs: number; rooms: number; latencyMs: number }
		| undefined;
	if (s7?.medianWallMs !== undefined) {
		out.push({
			target: `s7 trigger poll over ${s7.rooms.toLocaleString('en')} rooms at ${s7.latencyMs} ms < ${s7.targetMs / 1000} s`,
			value: `${Math.round(s7.medianWallMs / 100) / 10} s`,
			met: s7.medianWallMs < s7.targetMs,
		});
	}
	return out;
}

export function printProfile(profile: Record<string, ProfileSummary & { label: string }>): void {
	for (const [id, p] of Object.entries(profile)) {
		console.log(`profile ${id} (${p.label}), ${p.totalMs} ms sampled; top self time:`);
		for (const e of p.top.slice(0, 10))
			console.log(
				`  ${pad(e.selfPct.toFixed(1) + '%', 6, true)}  ${pad(e.function, 34)} ${pad(e.category, 28)} ${e.location}`,
			);
		console.log(
			`  by origin: ${Object.entries(p.byCategory)
				.sort((a, b) => b[1].selfMs - a[1].selfMs)
				.map(([k, v]) => `${k} ${v.selfPct}%`)
				.join(', ')}\n`,
		);
	}
}
