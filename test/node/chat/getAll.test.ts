import type { NodeApiError } from 'n8n-workflow';

import { runNode } from '../../harness/run-workflow';
import { useSimulator } from '../../harness/simulator';

const CHAT = { resource: 'chat' };

/** A copy of a zip with the DOS time and date fields of its local and central headers zeroed. */
function withoutZipTimes(zip: Buffer): Buffer {
	const copy = Buffer.from(zip);
	for (let at = 0; at + 4 <= copy.length; at++) {
		const signature = copy.readUInt32LE(at);
		if (signature === 0x04034b50) copy.fill(0, at + 10, at + 14);
		if (signature === 0x02014b50) copy.fill(0, at + 12, at + 16);
	}
	return copy;
}

describe('Chat', () => {
	const sim = useSimulator();
	let sessions: { weekly: number; launch: number; old: number };

	beforeEach(() => {
		const weekly = sim.addRoom({ name: 'Weekly Team Sync', timezone: 'UTC' });
		const launch = sim.addRoom({ name: 'Product Launch Webinar', timezone: 'UTC' });
		const s1 = sim.addSession(weekly.id, {
			start_date: Date.UTC(2024, 4, 10, 9, 0),
			end_date: Date.UTC(2024, 4, 10, 10, 0),
		});
		const s2 = sim.addSession(launch.id, {
			start_date: Date.UTC(2024, 4, 20, 15, 0),
			end_date: Date.UTC(2024, 4, 20, 16, 0),
		});
		const s3 = sim.addSession(weekly.id, {
			start_date: Date.UTC(2024, 3, 1, 9, 0),
			end_date: Date.UTC(2024, 3, 1, 10, 0),
		});
		sim.addChat(s1.id);
		sim.addChat(s2.id, [{ nickname: 'host', message: 'Welcome to the launch' }]);
		sim.addChat(s3.id);
		sessions = { weekly: s1.id, launch: s2.id, old: s3.id };
	});

	describe('Get Many', () => {
		it('lists every chat, one item per chat, as the API returns it', async () => {
			const { error, items, requests } = await runNode(sim, {
				...CHAT,
				operation: 'getAll',
				returnAll: true,
			});

			expect(error).toBeUndefined();
			expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /chats 200']);
			expect(requests[0].query).toEqual({});
			expect(items.map((item) => item.json.id)).toEqual([
				sessions.launch,
				sessions.weekly,
				sessions.old,
			]);
			expect(items[0].json).toEqual({
				time: expect.any(String),
				id: sessions.launch,
				download_link: `${sim.baseUrl}/chats/${sessions.launch}`,
				timezone: 'UTC',
				date: '2024-05-20',
				name: 'Product Launch Webinar',
			});
			expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		it('filters by room name (not case-sensitive) on the node side', async () => {
			const { items, requests } = await runNode(sim, {
				...CHAT,
				operation: 'getAll',
				returnAll: true,
				filters: { roomName: 'team SYNC' },
			});
			expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /chats']);
			expect(items.map((item) => item.json.id)).toEqual([sessions.weekly, sessions.old]);
		});

		it('filters by a date range, both ends included', async () => {
			const { items } = await runNode(sim, {
				...CHAT,
				operation: 'getAll',
				returnAll: true,
				filters: { fromDate: '2024-05-10T00:00:00', toDate: '2024-05-20T00:00:00' },
			});
			expect(items.map((item) => item.json.id)).toEqual([sessions.launch, sessions.weekly]);

			const since = await runNode(sim, {
				...CHAT,
				operation: 'getAll',
				returnAll: true,
				filters: { fromDate: '2024-05-11T00:00:00', roomName: 'weekly' },
			});
			expect(since.items).toEqual([]);
		});

		it('applies the limit after filtering', async () => {
			const { items } = await runNode(sim, {
				...CHAT,
				operation: 'getAll',
				returnAll: false,
				limit: 1,
				filters: { roomName: 'weekly' },
			});
			expect(items.map((item) => item.json.id)).toEqual([sessions.weekly]);
		});

		it('rejects a date range that ends before it starts, before any request', async () => {
			const { error, requests } = await runNode(sim, {
				...CHAT,
				operation: 'getAll',
				returnAll: true,
				filters: { fromDate: '2024-06-01T00:00:00', toDate: '2024-05-01T00:00:00' },
			});
			expect(error?.message).toBe(
				'The "From Date" filter (2024-06-01) is after the "To Date" filter (2024-05-01)',
			);
			expect(requests).toEqual([]);
		});
	});

	describe('Download', () => {
		it('downloads the chat of a session as a zip into a binary field', async () => {
			const { error, items, requests } = await runNode(sim, {
				...CHAT,
				operation: 'download',
				sessionId: String(sessions.launch),
				binaryPropertyName: 'chat',
			});

			expect(error).toBeUndefined();
			expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
				`GET /chats/${sessions.launch} 200`,
			]);
			expect(items).toHaveLength(1);
			const binary = items[0].binary?.chat;
			expect(binary?.fileName).toBe(`clickmeeting-chat-${sessions.launch}.zip`);
			expect(binary?.mimeType).toBe('application/zip');
			const bytes = Buffer.from(binary?.data ?? '', 'base64');
			expect(items[0].json).toEqual({
				sessionId: sessions.launch,
				fileName: `clickmeeting-chat-${sessions.launch}.zip`,
				size: bytes.length,
			});

			// the exact bytes the API serves
			const direct = await fetch(`${sim.baseUrl}/chats/${sessions.launch}`, {
				headers: { 'X-Api-Key': sim.apiKey },
			});
			const expected = Buffer.from(await direct.arrayBuffer());
			// (the simulator stamps each zip entry with the current time: compare without it)
			expect(withoutZipTimes(bytes).equals(withoutZipTimes(expected))).toBe(true);
			expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
			// ClickMeeting's archive: one deflated entry, chat.csv
			expect(bytes.readUInt16LE(8)).toBe(8);
			expect(bytes.includes(Buffer.from('chat.csv'))).toBe(true);
		});

		it('reports an unknown session as a NodeApiError with the API text; Continue On Fail per item', async () => {
			const failing = await runNode(sim, {
				...CHAT,
				operation: 'download',
				sessionId: '5',
				binaryPropertyName: 'data',
			});
			expect(failing.error?.name).toBe('NodeApiError');
			expect((failing.error as unknown as NodeApiError).httpCode).toBe('404');
			expect(failing.error?.message).toContain('Chat of session 5 not found.');

			const { error, items } = await runNode(
				sim,
				{ ...CHAT, operation: 'download', sessionId: '={{ $json.s }}', binaryPropertyName: 'data' },
				{ continueOnFail: true, input: [{ s: sessions.old }, { s: 5 }] },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(2);
			expect(items[0].binary?.data.fileName).toBe(`clickmeeting-chat-${sessions.old}.zip`);
			expect(items[1].binary).toBeUndefined();
			expect(String(items[1].json.error)).toContain('Chat of session 5 not found.');
			expect(items[1].pairedItem).toEqual({ item: 1 });
		});

		it('rejects a non-numeric session ID before any request', async () => {
			const { error, requests } = await runNode(sim, {
				...CHAT,
				operation: 'download',
				sessionId: 'x1',
				binaryPropertyName: 'data',
			});
			expect(error?.message).toBe('The "Session ID" field must be a numeric ID, got "x1"');
			expect(requests).toEqual([]);
		});
	});
});
