import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { useSimulator } from '../../harness/simulator';

describe('GET /file-library and GET /file-library/conferences/:room_id', () => {
	const sim = useSimulator();

	it('lists the account library, one item per file, paired to the input item', async () => {
		const target = sim.addRoom();
		const a = sim.addFile(Buffer.from('a'), 'a.txt');
		const b = sim.addFile(Buffer.from('b'), 'b.png', target.id, 'image/png');
		const { error, items, requests } = await runOperation(sim, 'file', 'getAll', {
			scope: 'account',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /file-library']);
		expect(items.map((i) => i.json.id)).toEqual([a.id, b.id]);
		expect(items[1].json).toEqual({
			status: 'converted',
			url: `${sim.baseUrl}/file-library/${b.id}/download`,
			document_type: 'image',
			id: b.id,
			conversion_progress: 100,
			status_message: '',
			name: 'b.png',
			upload_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
		});
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('lists one room library and applies the limit', async () => {
		const target = sim.addRoom();
		sim.addFile(Buffer.from('a'), 'account.txt');
		const first = sim.addFile(Buffer.from('1'), 'one.txt', target.id);
		sim.addFile(Buffer.from('2'), 'two.txt', target.id);
		const { error, items, requests } = await runOperation(sim, 'file', 'getAll', {
			scope: 'room',
			room: room(target.id),
			returnAll: false,
			limit: 1,
		});

		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /file-library/conferences/${target.id}`,
		]);
		expect(items.map((i) => i.json.name)).toEqual([first.name]);
	});

	it('rejects a non-numeric room ID before any request', async () => {
		const { error, requests } = await runOperation(sim, 'file', 'getAll', {
			scope: 'room',
			// an expression skips the locator's regex check in the editor; the node checks again
			room: { __rl: true, mode: 'id', value: '={{ "abc" }}' },
			returnAll: true,
		});
		expect(error?.message).toMatch(/Room.*numeric/);
		expect(requests).toEqual([]);
	});
});
