// profile: s1 on plain loopback, one run each of the node (Fixed 1) and the HTTP Request node
// under V8's sampling profiler (100 µs), summarized by origin.
import { log, measure, registrationRoom, round, simCall } from '../common';
import type { ProfileSummary } from '../types';
import { registrationContenders } from './registrations';

export async function profile(): Promise<Record<string, unknown>> {
	log(
		'\n== profile: scenario 1 on plain loopback, one profiled run each (V8 sampling profiler, 100 µs)',
	);
	const out: Record<string, unknown> = {};
	for (const spec of registrationContenders().filter((c) =>
		['node-p1', 'http-default'].includes(c.id),
	)) {
		await simCall('setLatency', 0);
		const extra = await registrationRoom();
		const row = await measure({
			scenario: 's1',
			contender: spec.job.contender,
			params: { ...spec.job.params, ...extra },
			profile: true,
		});
		out[spec.id] = {
			label: spec.label,
			wallMs: round(row.wallMs, 1),
			file: row.profileFile,
			...(row.profile as ProfileSummary),
		};
	}
	return out;
}
