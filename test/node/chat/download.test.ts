import type { NodeApiError } from 'n8n-workflow';

import { useThreeChats } from '../../fixtures/chats';
import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

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

describe('GET /chats/:session_id', () => {
	const sim = useSimulator();
	const sessions = useThreeChats(sim);

	it('downloads the chat of a session as a zip into a binary field', async () => {
		const { error, items, requests } = await runOperation(sim, 'chat', 'download', {
			sessionId: String(sessions.launch),
			binaryPropertyName: 'chat',
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`GET /chats/${sessions.launch} 200`]);
		expect(items).toHaveLength(1);
		const binary = items[0].binary?.chat;
		expect(binary?.fileName).toBe(`clickmeeting-chat-${sessions.launch}.zip`);
		expect(binary?.mimeType).toBe('application/zip');
		const bytes = Buffer.from(binary?.data ?? '', 'base64');
		expect(items[0].json).toEqual({
			session_id: sessions.launch,
			file_name: `clickmeeting-chat-${sessions.launch}.zip`,
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
		const failing = await runOperation(sim, 'chat', 'download', {
			sessionId: '5',
			binaryPropertyName: 'data',
		});
		expect(failing.error?.name).toBe('NodeApiError');
		expect((failing.error as unknown as NodeApiError).httpCode).toBe('404');
		expect(failing.error?.message).toContain('Chat of session 5 not found.');

		const { error, items } = await runOperation(
			sim,
			'chat',
			'download',
			{ sessionId: '={{ $json.s }}', binaryPropertyName: 'data' },
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
		const { error, requests } = await runOperation(sim, 'chat', 'download', {
			sessionId: 'x1',
			binaryPropertyName: 'data',
		});
		expect(error?.message).toBe('The "Session ID" field must be a numeric ID, got "x1"');
		expect(requests).toEqual([]);
	});
});
