import { randomBytes } from 'node:crypto';

import type { INodeExecutionData, NodeApiError } from 'n8n-workflow';

import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

function binaryItem(
	data: Buffer,
	fileName: string,
	mimeType: string,
	property = 'data',
): INodeExecutionData {
	return {
		json: { name: fileName },
		binary: { [property]: { data: data.toString('base64'), mimeType, fileName } },
	};
}

function bytesOf(item: INodeExecutionData, property = 'data'): Buffer {
	const binary = item.binary?.[property];
	if (!binary) throw new Error(`no binary property ${property}`);
	return Buffer.from(binary.data, 'base64');
}

describe('POST /file-library, POST /file-library/conferences/:room_id and GET /file-library/:file_id/download', () => {
	const sim = useSimulator();

	it('uploads a 5 MB file to the account library and downloads the same bytes', async () => {
		const content = randomBytes(5 * 1024 * 1024);
		const upload = await runOperation(
			sim,
			'file',
			'upload',
			{ scope: 'account', binaryPropertyName: 'data' },
			{ input: [binaryItem(content, 'big random.bin', 'application/x-custom')] },
		);

		expect(upload.error).toBeUndefined();
		expect(upload.requests).toHaveLength(1);
		const [request] = upload.requests;
		expect(`${request.method} ${request.path} ${request.status}`).toBe('POST /file-library 200');
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.body).toEqual({
			fields: {},
			files: [
				{
					field: 'uploaded',
					filename: 'big random.bin',
					contentType: 'application/x-custom',
					size: content.length,
				},
			],
		});
		expect(upload.items).toHaveLength(1);
		const uploaded = upload.items[0].json;
		// ClickMeeting's upload answer: the file waits for conversion
		expect(uploaded).toMatchObject({
			name: 'big random.bin',
			status: 'waiting_for_conversion',
			conversion_progress: 0,
		});
		expect(upload.items[0].pairedItem).toEqual({ item: 0 });

		const stored = sim.state.files.get(Number(uploaded.id));
		expect(stored?.room_id).toBeNull();
		expect(stored?.content_type).toBe('application/x-custom');
		expect(stored?.content.equals(content)).toBe(true);

		const download = await runOperation(sim, 'file', 'download', {
			fileId: String(uploaded.id),
			binaryPropertyName: 'file',
		});

		expect(download.error).toBeUndefined();
		expect(lines(download.requests)).toEqual([`GET /file-library/${uploaded.id}/download 200`]);
		expect(download.items).toHaveLength(1);
		const [item] = download.items;
		expect(item.json).toEqual({
			id: uploaded.id,
			name: 'big random.bin',
			mime_type: 'application/x-custom',
			size: content.length,
		});
		expect(item.binary?.file.fileName).toBe('big random.bin');
		expect(item.binary?.file.mimeType).toBe('application/x-custom');
		const downloaded = bytesOf(item, 'file');
		expect(downloaded.length).toBe(content.length);
		expect(downloaded.equals(content)).toBe(true);
	});

	it('uploads to a room library, from a named binary property, with a file name override', async () => {
		const target = sim.addRoom({ name: 'Launch' });
		const content = Buffer.from('%PDF-1.4 slides');
		const { error, items, requests } = await runOperation(
			sim,
			'file',
			'upload',
			{
				scope: 'room',
				room: room(target.id),
				binaryPropertyName: 'slides',
				options: { fileName: 'deck.pdf' },
			},
			{ input: [binaryItem(content, 'original.pdf', 'application/pdf', 'slides')] },
		);

		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`POST /file-library/conferences/${target.id}`,
		]);
		expect((requests[0].body as { files: unknown[] }).files).toEqual([
			{
				field: 'uploaded',
				filename: 'deck.pdf',
				contentType: 'application/pdf',
				size: content.length,
			},
		]);
		expect(items[0].json).toMatchObject({ name: 'deck.pdf', document_type: 'presentation_pdf' });
		const stored = sim.state.files.get(Number(items[0].json.id));
		expect(stored?.room_id).toBe(target.id);
		expect(stored?.content.equals(content)).toBe(true);
	});

	it('keeps a non-ASCII file name through upload and download', async () => {
		const content = Buffer.from('zażółć gęślą jaźń');
		const upload = await runOperation(
			sim,
			'file',
			'upload',
			{ scope: 'account', binaryPropertyName: 'data' },
			{ input: [binaryItem(content, 'notatki-żółw.txt', 'text/plain')] },
		);
		expect(upload.error).toBeUndefined();
		const id = upload.items[0].json.id;
		expect(sim.state.files.get(Number(id))?.name).toBe('notatki-żółw.txt');

		const download = await runOperation(sim, 'file', 'download', {
			fileId: String(id),
			binaryPropertyName: 'data',
		});
		expect(download.items[0].binary?.data.fileName).toBe('notatki-żółw.txt');
		expect(download.items[0].binary?.data.mimeType).toBe('text/plain');
		expect(bytesOf(download.items[0]).equals(content)).toBe(true);
	});

	it('names the missing binary property and the item, before any request', async () => {
		const { error, items, requests } = await runOperation(
			sim,
			'file',
			'upload',
			{ scope: 'account', binaryPropertyName: 'attachment' },
			{ input: [binaryItem(Buffer.from('x'), 'x.txt', 'text/plain', 'data')] },
		);

		expect(items).toEqual([]);
		expect(error?.message).toContain("'attachment'");
		expect(error?.message).toContain('[item 0]');
		expect(requests).toEqual([]);
	});

	it('with Continue On Fail, fails only the item without the binary property', async () => {
		const { error, items, requests } = await runOperation(
			sim,
			'file',
			'upload',
			{ scope: 'account', binaryPropertyName: 'data' },
			{
				continueOnFail: true,
				input: [
					binaryItem(Buffer.from('one'), 'one.txt', 'text/plain'),
					{ json: { nothing: true } },
				],
			},
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(items[0].json).toMatchObject({ name: 'one.txt' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(String(items[1].json.error)).toMatch(/binary file 'data'.*\[item 1\]/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /file-library']);
	});

	it('downloads without Content-Disposition by reading the name from the file details', async () => {
		const stored = sim.addFile(Buffer.from('hello'), 'hello.txt', undefined, 'text/plain');
		sim.injectFault(
			{ type: 'status', status: 200, count: 1, body: 'hello' },
			{ method: 'GET', path: `/file-library/${stored.id}/download` },
		);
		const { error, items, requests } = await runOperation(sim, 'file', 'download', {
			fileId: String(stored.id),
			binaryPropertyName: 'data',
		});

		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /file-library/${stored.id}/download`,
			`GET /file-library/${stored.id}`,
		]);
		expect(items[0].binary?.data.fileName).toBe('hello.txt');
		expect(bytesOf(items[0]).toString()).toBe('hello');
	});

	it('reports an unknown file ID on download as a NodeApiError with the API text', async () => {
		const { error, requests } = await runOperation(sim, 'file', 'download', {
			fileId: '999999',
			binaryPropertyName: 'data',
		});

		expect(error?.name).toBe('NodeApiError');
		expect((error as unknown as NodeApiError).httpCode).toBe('404');
		expect(error?.message).toContain('File 999999 not found.');
		expect(lines(requests)).toEqual(['GET /file-library/999999/download 404']);
	});
});
