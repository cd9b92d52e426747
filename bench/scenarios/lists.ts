// s2: Conference: Get Many, Return All over 10,000 inactive rooms; s3: 4,000 access tokens.
import type { ScenarioResult } from '../common';
import { contender, runScenario, simCall } from '../common';

export async function returnAll(latencyMs: number, rounds: number): Promise<ScenarioResult> {
	await simCall('setLatency', 0);
	await simCall('reset');
	await simCall('seedRooms', 10_000, { status: 'inactive' });
	return await runScenario(
		latencyMs ? `s2-${latencyMs}ms` : 's2-loopback',
		'Conference: Get Many, inactive, Return All over 10,000 rooms (full objects)',
		's2',
		latencyMs,
		rounds,
		[
			contender('floor', 'floor: fetch pages until a short one', 'floor', {}),
			contender('node-p1', 'ClickMeeting node', 'node', {}),
		],
		async () => ({}),
	);
}

export async function accessTokens(rounds: number): Promise<ScenarioResult> {
	return await runScenario(
		's3',
		'Access Token: Generate 4,000 tokens for one room',
		's3',
		0,
		rounds,
		[
			contender('floor', 'floor: 4 POSTs of 1000', 'floor', { tokens: 4000 }),
			contender('node-p1', 'ClickMeeting node', 'node', { tokens: 4000 }),
		],
		async () => {
			await simCall('reset');
			const roomId = await simCall<number>('addRoom', { access_type: 3, status: 'active' });
			const warmupRoomId = await simCall<number>('addRoom', { access_type: 3, status: 'active' });
			return { roomId, warmupRoomId };
		},
	);
}
