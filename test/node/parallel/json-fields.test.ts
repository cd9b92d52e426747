import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	executionContext,
	jsonFieldOf,
} from '../../../nodes/ClickMeeting/helpers/executionContext';
import { RequestLimiter } from '../../../nodes/ClickMeeting/transport/limiter';
import { room } from '../../harness/builders';
import { runNode } from '../../harness/run-workflow';
import { useSimulator } from '../../harness/simulator';

describe('Parameters read per execution: `={{ $json.name }}` fields', () => {
	it('jsonFieldOf: the whole value one `$json.name` / `$json["name"]` expression, nothing else', () => {
		expect(jsonFieldOf('={{ $json.email }}')).toBe('email');
		expect(jsonFieldOf('={{$json.first_name}}')).toBe('first_name');
		expect(jsonFieldOf('={{ $json["e-mail"] }}')).toBe('e-mail');
		expect(jsonFieldOf("={{ $json['last name'] }}")).toBe('last name');
		for (const other of [
			'{{ $json.email }}', // no "=": a fixed text
			'={{ $json.email }} ', // text after the expression
			'=x{{ $json.email }}',
			'={{ $json.email.trim() }}',
			'={{ $json.a.b }}',
			'={{ $json.email }}{{ $json.email }}',
			'={{ $json["a\\"b"] }}',
			'={{ $json }}',
			'={{ $input.item.json.email }}',
			'=email',
			42,
			undefined,
			{ value: '={{ $json.email }}' },
		])
			expect(jsonFieldOf(other)).toBeUndefined();
	});

	describe('executionContext, without n8n', () => {
		const properties: INodeProperties[] = [
			{ displayName: 'Email', name: 'email', type: 'string', default: '' },
			{
				displayName: 'Checked',
				name: 'checked',
				type: 'string',
				default: '',
				validateType: 'url',
			},
			{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
			{
				displayName: 'Room',
				name: 'room',
				type: 'resourceLocator',
				default: { mode: 'id', value: '' },
				modes: [],
			},
		];
		function fakeContext(parameters: INode['parameters'], input: INodeExecutionData[]) {
			const calls: string[] = [];
			const ctx = {
				getNode: () => ({ parameters }) as INode,
				getInputData: () => input,
				getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
					calls.push(`${name}#${itemIndex}`);
					return fallback ?? `n8n:${name}#${itemIndex}`;
				},
			} as unknown as IExecuteFunctions;
			return { ctx: executionContext(ctx, new RequestLimiter(1, false), properties), calls };
		}

		it('a string, number or boolean of the item is taken as it is; anything else asks n8n', () => {
			const input = [
				{ json: { email: 'a@example.com' } },
				{ json: { email: 7 } },
				{ json: { email: false } },
				{ json: { email: null } },
				{ json: { email: { nested: 1 } } },
				{ json: {} },
				{ json: Object.create({ email: 'inherited@example.com' }) as never },
			];
			const { ctx, calls } = fakeContext({ email: '={{ $json.email }}' }, input);
			const values = input.map((_, i) => ctx.getNodeParameter('email', i));
			expect(values).toEqual([
				'a@example.com',
				7,
				false,
				'n8n:email#3',
				'n8n:email#4',
				'n8n:email#5',
				'n8n:email#6',
			]);
			expect(calls).toEqual(['email#3', 'email#4', 'email#5', 'email#6']);
			// an item index past the input, and a read with options, go to n8n too
			expect(ctx.getNodeParameter('email', 9)).toBe('n8n:email#9');
			expect(ctx.getNodeParameter('email', 0, '', { extractValue: true })).toBe('');
			expect(calls).toEqual(['email#3', 'email#4', 'email#5', 'email#6', 'email#9', 'email#0']);
		});

		it('a field n8n validates (validateType), or not a string field, always asks n8n', () => {
			const input = [{ json: { email: 'a@example.com', n: 3 } }];
			const { ctx, calls } = fakeContext(
				{ checked: '={{ $json.email }}', count: '={{ $json.n }}', unknown: '={{ $json.n }}' },
				input,
			);
			expect(ctx.getNodeParameter('checked', 0)).toBe('n8n:checked#0');
			expect(ctx.getNodeParameter('count', 0)).toBe('n8n:count#0');
			expect(ctx.getNodeParameter('unknown', 0)).toBe('n8n:unknown#0');
			expect(calls).toEqual(['checked#0', 'count#0', 'unknown#0']);
		});

		it('a resource locator whose only expression is `value: ={{ $json.name }}`: the locator with that value', () => {
			const locator = { __rl: true, mode: 'id', value: '={{ $json.id }}', cachedResultName: 'x' };
			const input = [{ json: { id: 12 } }, { json: { id: '13' } }, { json: { id: [1] } }];
			const { ctx, calls } = fakeContext({ room: locator }, input);
			const first = ctx.getNodeParameter('room', 0) as Record<string, unknown>;
			expect(first).toEqual({ ...locator, value: 12 });
			expect(Object.keys(first)).toEqual(Object.keys(locator));
			first.mode = 'url';
			expect(ctx.getNodeParameter('room', 1)).toEqual({ ...locator, value: '13' });
			expect(ctx.getNodeParameter('room', 2)).toBe('n8n:room#2');
			expect(ctx.getNodeParameter('room', 0, '', { extractValue: true })).toBe('');
			expect(calls).toEqual(['room#2', 'room#0']);
			expect(locator.mode).toBe('id');
			// another expression in the locator (its mode): n8n reads it
			const other = fakeContext({ room: { ...locator, mode: '={{ "id" }}' } }, input);
			expect(other.ctx.getNodeParameter('room', 0)).toBe('n8n:room#0');
			expect(other.calls).toEqual(['room#0']);
		});

		it('a parameter the node does not have is read once per fallback; without a fallback every time', () => {
			const { ctx, calls } = fakeContext({}, [{ json: {} }, { json: {} }]);
			expect([0, 1, 0].map((i) => ctx.getNodeParameter('returnAll', i, false))).toEqual([
				false,
				false,
				false,
			]);
			expect(ctx.getNodeParameter('returnAll', 1, true)).toBe(true);
			const first = ctx.getNodeParameter('options', 0, { a: 1 }) as { a: number };
			first.a = 2;
			expect(ctx.getNodeParameter('options', 1, { a: 1 })).toEqual({ a: 1 });
			ctx.getNodeParameter('missing', 0);
			ctx.getNodeParameter('missing', 1);
			expect(calls).toEqual(['returnAll#0', 'returnAll#1', 'options#0', 'missing#0', 'missing#1']);
		});
	});

	describe('in a real n8n run: the same outcome as n8n evaluating the expression', () => {
		const sim = useSimulator();

		// Items with every kind of value a field can hold; `={{ ($json.x) }}` is the same
		// expression to n8n but not of the `$json.name` form, so n8n evaluates it.
		const input = [
			{ first: 'Ada', last: 'Lovelace', email: 'ada@example.com' },
			{ first: '  Grace ', last: 'Hopper', email: ' grace@example.com ' },
			{ first: 42, last: true, email: 'n42@example.com' },
			{ first: '', last: 'Empty', email: 'empty@example.com' },
			{ first: null, last: 'Null', email: 'null@example.com' },
			{ first: 'Obj', last: { a: 1 }, email: 'obj@example.com' },
			{ first: 'List', last: ['x'], email: 'list@example.com' },
			{ last: 'Missing', email: 'missing@example.com' },
			{ first: '={{ 1 + 1 }}', last: 'Eq', email: 'eq@example.com' },
			{ first: 'Bad', last: 'Mail', email: 'not-an-email' },
			{ first: 'Ünï', last: 'Cödé 🎉', email: 'uni@example.com' },
		];

		async function run(expression: (field: string) => string, tag: string) {
			const target = sim.addRoom({ name: `Fields ${tag}`, registration_enabled: true });
			const result = await runNode(
				sim,
				{
					resource: 'registration',
					operation: 'register',
					room: room(target.id),
					firstName: expression('first'),
					lastName: expression('last'),
					email: expression('email'),
				},
				{ input, continueOnFail: true },
			);
			const posts = result.requests.filter((r) => r.method === 'POST');
			return {
				error: result.error?.message,
				items: result.items.map((item) => ({
					// the personal link and its token are random per registration
					json: {
						...item.json,
						url: item.json.url === undefined ? undefined : 'url',
						r: item.json.r === undefined ? undefined : 'r',
					} as IDataObject,
					pairedItem: item.pairedItem,
				})),
				bodies: posts.map((r) => r.body),
			};
		}

		it('GET /conferences/:room_id with Room By ID = {{ $json.id }}: items and errors equal', async () => {
			const a = sim.addRoom({ name: 'Locator A' }).id;
			const b = sim.addRoom({ name: 'Locator B' }).id;
			const ids = [{ id: a }, { id: String(b) }, { id: ` ${a} ` }, { id: 'abc' }, {}, { id: null }];
			const get = async (value: string) => {
				const result = await runNode(
					sim,
					{ resource: 'conference', operation: 'get', room: room(value) },
					{
						input: [...ids, { id: 999_999 }, { id: { x: 1 } }, { id: true }],
						continueOnFail: true,
					},
				);
				return {
					error: result.error?.message,
					items: result.items.map((item) => ({ json: item.json, pairedItem: item.pairedItem })),
					paths: result.requests.map((r) => `${r.path} ${r.status}`),
				};
			};
			const fast = await get('={{ $json.id }}');
			const n8n = await get('={{ ($json.id) }}');
			expect(fast).toEqual(n8n);
			expect(fast.items).toHaveLength(ids.length + 3);
			expect(fast.items.filter((item) => item.json.error === undefined).length).toBeGreaterThan(1);
			expect(fast.items.filter((item) => item.json.error !== undefined).length).toBeGreaterThan(3);
		});

		it('POST /conferences/:room_id/registration: items, errors and bodies equal', async () => {
			const fast = await run((field) => `={{ $json.${field} }}`, 'fast');
			const n8n = await run((field) => `={{ ($json.${field}) }}`, 'n8n');
			expect(fast).toEqual(n8n);
			expect(fast.items).toHaveLength(input.length);
			// the cases differ: some register, some fail on a value, in the same way
			expect(fast.bodies.length).toBeGreaterThan(3);
			expect(fast.items.filter((item) => item.json.error !== undefined).length).toBeGreaterThan(3);
		});
	});
});
