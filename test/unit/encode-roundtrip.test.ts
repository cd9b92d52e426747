import fc from 'fast-check';

import { toFormUrlEncoded } from '../../nodes/ClickMeeting/transport/encode';
import { parseUrlEncoded } from '../../simulator/body';

type Value = string | number | boolean | Value[] | { [key: string]: Value };

/** What a form body carries: every scalar as text, booleans as 1/0. */
function expected(value: Value): unknown {
	if (Array.isArray(value)) return value.map(expected);
	if (typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, expected(entry)]));
	}
	if (typeof value === 'boolean') return value ? '1' : '0';
	return String(value);
}

const key = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_ .-]{0,12}$/);
const scalar = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.integer(),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.boolean(),
);
const { tree } = fc.letrec<{ tree: Value; node: Value }>((tie) => ({
	tree: fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 5 }),
	node: fc.oneof(
		{ maxDepth: 3, depthIdentifier: 'tree' },
		scalar,
		fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
		fc.dictionary(key, tie('node'), { minKeys: 1, maxKeys: 4 }),
	),
}));

describe('form encoder and the simulator parser', () => {
	it('any nested object of strings, numbers and booleans round-trips', () => {
		fc.assert(
			fc.property(tree, (body) => {
				const encoded = toFormUrlEncoded(body as Record<string, never>);
				expect(parseUrlEncoded(encoded)).toEqual(expected(body));
			}),
			{ numRuns: 500 },
		);
	});
});
