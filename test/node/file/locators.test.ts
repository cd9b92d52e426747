import type { INodeParameters } from 'n8n-workflow';

import { searchFiles } from '../../../nodes/ClickMeeting/methods/listSearch';
import type { ClickMeetingSimulator } from '../../../simulator';
import { locator } from '../../harness/builders';
import { listSearch } from '../../harness/load-options';
import { runOperation } from '../../harness/operation';
import { useSimulator } from '../../harness/simulator';

const file = locator;

async function search(sim: ClickMeetingSimulator, filter?: string, token?: string) {
	const parameters: INodeParameters = { resource: 'file', operation: 'get' };
	return await listSearch(searchFiles, sim, parameters, 'parameters.fileId', filter, token);
}

describe('GET /file-library (searchFiles, the File locator)', () => {
	const sim = useSimulator();
	let ids: number[];

	beforeEach(() => {
		const roomId = sim.addRoom({ name: 'Team sync' }).id;
		ids = [
			sim.addFile(Buffer.from('a'), 'agenda.pdf').id,
			sim.addFile(Buffer.from('b'), 'Slides Q3.pptx', roomId).id,
			sim.addFile(Buffer.from('c'), 'notes.txt').id,
		];
	});

	it('lists the account’s library (rooms’ files included), newest first, in one request', async () => {
		sim.clearRequests();
		const found = await search(sim);
		expect(found.results).toEqual([
			{ name: `notes.txt (ID ${ids[2]})`, value: String(ids[2]) },
			{ name: `Slides Q3.pptx (ID ${ids[1]})`, value: String(ids[1]) },
			{ name: `agenda.pdf (ID ${ids[0]})`, value: String(ids[0]) },
		]);
		expect(found.paginationToken).toBeUndefined();
		expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /file-library']);
	});

	it('filters by name (case ignored) or by ID', async () => {
		expect((await search(sim, 'slides')).results.map((r) => r.value)).toEqual([String(ids[1])]);
		expect((await search(sim, String(ids[0]))).results.map((r) => r.value)).toEqual([
			String(ids[0]),
		]);
		expect((await search(sim, 'nothing like it')).results).toEqual([]);
	});

	it('pages 100 results at a time: the token asks for the next page', async () => {
		for (let i = 0; i < 147; i++) sim.addFile(Buffer.from('x'), `bulk-${i}.txt`);
		const first = await search(sim, 'bulk');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await search(sim, 'bulk', first.paginationToken);
		expect(second.results).toHaveLength(47);
		expect(second.paginationToken).toBeUndefined();
		expect(new Set([...first.results, ...second.results].map((r) => r.value)).size).toBe(147);
	});
});

describe('GET /file-library/:file_id (File locator in the operations)', () => {
	const sim = useSimulator();
	let id: number;

	beforeEach(() => {
		id = sim.addFile(Buffer.from('hello'), 'agenda.pdf').id;
	});

	it.each([['id'], ['list']] as const)('File Get reads the file given %s', async (mode) => {
		const { items, error, requests } = await runOperation(sim, 'file', 'get', {
			fileId: file(mode, String(id)),
		});
		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /file-library/${id}`]);
		expect(items[0].json).toMatchObject({ id, name: 'agenda.pdf' });
	});

	it('By URL takes the ID from the file’s URL as Get Many lists it', async () => {
		const listed = await runOperation(sim, 'file', 'getAll', { returnAll: true });
		const url = String(listed.items[0].json.url);
		expect(url).toMatch(new RegExp(`/file-library/${id}/download$`));

		const { items, error, requests } = await runOperation(sim, 'file', 'download', {
			fileId: file('url', url),
			binaryPropertyName: 'data',
		});
		expect(error).toBeUndefined();
		expect(requests.map((r) => r.path)).toContain(`/file-library/${id}/download`);
		expect(items[0].json).toMatchObject({ id });
	});

	it('a file ID that is not a number (from an expression) is refused before any request, naming the field', async () => {
		const { error, requests } = await runOperation(sim, 'file', 'delete', {
			fileId: file('id', '={{ "abc" }}'),
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('The "File" field must be a numeric ID, got "abc"');
		expect(requests).toHaveLength(0);
		expect(sim.state.files.has(id)).toBe(true);
	});
});
