import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('DELETE /conferences/:room_id', () => {
	const sim = useSimulator();

	it('deletes the room and outputs { deleted: true, id }', async () => {
		const target = sim.addRoom();
		const { error, items, requests } = await runOperation(sim, 'conference', 'delete', {
			room: room(target.id),
		});
		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`DELETE /conferences/${target.id} 200`]);
		expect(items.map((item) => item.json)).toEqual([{ deleted: true, id: target.id }]);
		expect(sim.state.rooms.has(target.id)).toBe(false);
	});
});
