import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('GET /conferences/skins', () => {
	const sim = useSimulator();

	it('outputs one item per skin', async () => {
		const { error, items, requests } = await runOperation(sim, 'conference', 'getSkins', {});
		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual(['GET /conferences/skins 200']);
		expect(items).toHaveLength(5);
		expect(items[0].json).toMatchObject({ id: '1', name: 'Business 1' });
		expect(items[0].json).toHaveProperty('thumbnail_url');
	});
});
