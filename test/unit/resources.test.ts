import { properties } from '../../nodes/ClickMeeting/actions/properties';
import { resources } from '../../nodes/ClickMeeting/actions/resources';

/** actions/resources.ts is the one list: the Resource selector and every Operation selector agree with it. */
describe('actions/resources.ts', () => {
	const entries = Object.entries(resources);

	it('the Resource selector lists every resource once, in the editor’s (alphabetical) order', () => {
		const selector = properties.find((p) => p.name === 'resource');
		const options = (selector?.options ?? []) as Array<{ name: string; value: string }>;
		expect(options.map((o) => o.value)).toEqual(entries.map(([value]) => value));
		const names = options.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it.each(entries)(
		'%s: its Operation selector offers exactly the listed operations',
		(value, entry) => {
			const selectors = properties.filter(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(value),
			);
			expect(selectors).toHaveLength(1);
			const offered = (selectors[0].options ?? []).map((o) => ('value' in o ? o.value : undefined));
			expect([...offered].sort()).toEqual([...entry.operations].sort());
			for (const operation of entry.operations) {
				const module = entry.module as unknown as Record<string, { execute?: unknown }>;
				expect(typeof module[operation]?.execute).toBe('function');
			}
		},
	);
});
