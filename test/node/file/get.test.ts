import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /file-library/:file_id and DELETE /file-library/:file_id', () => {
	const sim = useSimulator();

	it('gets a file by ID', async () => {
		const stored = sim.addFile(Buffer.from('a'), 'a.txt');
		const { error, items, requests } = await runOperation(sim, 'file', 'get', {
			fileId: ` ${stored.id} `,
		});

		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /file-library/${stored.id}`,
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: stored.id,
			name: 'a.txt',
			document_type: 'document',
		});
	});

	it('deletes a file and outputs { deleted, id }', async () => {
		const stored = sim.addFile(Buffer.from('a'), 'a.txt');
		const { error, items, requests } = await runOperation(sim, 'file', 'delete', {
			fileId: String(stored.id),
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`DELETE /file-library/${stored.id} 200`]);
		expect(items.map((i) => i.json)).toEqual([{ deleted: true, id: stored.id }]);
		expect(sim.state.files.has(stored.id)).toBe(false);
	});

	it('reports an unknown file ID as a NodeApiError; Continue On Fail keeps the other items', async () => {
		const stored = sim.addFile(Buffer.from('a'), 'a.txt');
		const failing = await runOperation(sim, 'file', 'get', { fileId: '424242' });
		expect(failing.error?.name).toBe('NodeApiError');
		expect(failing.error?.message).toContain('File 424242 not found.');

		const { error, items } = await runOperation(
			sim,
			'file',
			'delete',
			{ fileId: '={{ $json.id }}' },
			{ continueOnFail: true, input: [{ id: 424242 }, { id: stored.id }] },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(String(items[0].json.error)).toContain('File 424242 not found.');
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json).toEqual({ deleted: true, id: stored.id });
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('rejects a non-numeric file ID before any request, naming the field', async () => {
		const { error, requests } = await runOperation(sim, 'file', 'delete', {
			fileId: '12a',
		});
		expect(error?.message).toBe('The "File" field must be a numeric ID, got "12a"');
		expect(requests).toEqual([]);
	});
});
