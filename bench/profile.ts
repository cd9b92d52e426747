// Self time per function from a V8 CPU profile, with where the code comes from.
import type { ProfileEntry, ProfileSummary } from './types';

export interface CpuProfile {
	nodes: Array<{
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	}>;
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

export function categoryOf(url: string, functionName: string): string {
	if (!url) {
		if (functionName === '(idle)') return 'idle (waiting for I/O)';
		if (functionName === '(garbage collector)') return 'V8 garbage collector';
		return 'V8/native';
	}
	if (/\/dist\/(nodes|credentials)\//.test(url) && !url.includes('node_modules'))
		return 'ours (dist/)';
	const all = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
	// the last node_modules segment names the package
	if (all.length) return all[all.length - 1][1];
	if (url.includes('/bench/')) return 'bench harness';
	if (url.includes('/test/harness/')) return 'test harness (runner, credentials helper)';
	if (url.startsWith('node:')) return 'Node.js core';
	return 'other';
}

function shortLocation(url: string, line: number): string {
	const cleaned = url.replace(/^file:\/\//, '');
	const idx = cleaned.lastIndexOf('node_modules/');
	const rel =
		idx >= 0 ? cleaned.slice(idx + 'node_modules/'.length) : cleaned.replace(/^.*\/main\//, '');
	return rel ? `${rel}:${line + 1}` : '';
}

export function summarizeProfile(profile: CpuProfile, topN = 15): ProfileSummary {
	const selfUs = new Map<number, number>();
	for (let i = 0; i < profile.samples.length; i++) {
		const delta = profile.timeDeltas[i + 1] ?? 0;
		selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
	}
	const byFunction = new Map<string, ProfileEntry>();
	const byCategory: Record<string, { selfMs: number; selfPct: number }> = {};
	let totalUs = 0;
	for (const node of profile.nodes) {
		const us = selfUs.get(node.id) ?? 0;
		if (!us) continue;
		totalUs += us;
		const { functionName, url, lineNumber } = node.callFrame;
		const name = functionName || '(anonymous)';
		const location = shortLocation(url, lineNumber);
		const key = `${name}@${location}`;
		const category = categoryOf(url, functionName);
		const entry = byFunction.get(key) ?? {
			function: name,
			location,
			category,
			selfMs: 0,
			selfPct: 0,
		};
		entry.selfMs += us / 1000;
		byFunction.set(key, entry);
		byCategory[category] ??= { selfMs: 0, selfPct: 0 };
		byCategory[category].selfMs += us / 1000;
	}
	const totalMs = totalUs / 1000;
	const round = (n: number) => Math.round(n * 10) / 10;
	const top = [...byFunction.values()]
		.sort((a, b) => b.selfMs - a.selfMs)
		.slice(0, topN)
		.map((e) => ({ ...e, selfMs: round(e.selfMs), selfPct: round((100 * e.selfMs) / totalMs) }));
	for (const value of Object.values(byCategory)) {
		value.selfPct = round((100 * value.selfMs) / totalMs);
		value.selfMs = round(value.selfMs);
	}
	return { totalMs: round(totalMs), top, byCategory };
}
