import type { INodeParameters } from 'n8n-workflow';

import { register, room, roomCreate } from '../harness/builders';
import { runNode } from '../harness/run-workflow';
import type { HostileServer } from './hostile';
import { json, startHostile } from './hostile';

const ROOM = room(12);

describe('inputs refused before any request, naming the field', () => {
	let server: HostileServer;
	beforeAll(async () => {
		server = await startHostile((_req, res) => json(res, 200, []), { maxRequests: 100 });
	});
	afterAll(async () => {
		await server.close();
	});

	const cases: Array<[string, INodeParameters, RegExp]> = [
		[
			'Registration Get Many, Limit -1',
			{
				resource: 'registration',
				operation: 'getAll',
				room: ROOM,
				status: 'all',
				returnAll: false,
				limit: -1,
			},
			/"Limit" field must be a whole number of at least 1, got "-1"/,
		],
		[
			'Registration Get Many, Limit 0',
			{
				resource: 'registration',
				operation: 'getAll',
				room: ROOM,
				status: 'all',
				returnAll: false,
				limit: 0,
			},
			/"Limit".*got "0"/,
		],
		[
			'Registration Get Many, Limit NaN',
			{
				resource: 'registration',
				operation: 'getAll',
				room: ROOM,
				status: 'all',
				returnAll: false,
				limit: '={{ NaN }}',
			},
			/"Limit".*got "NaN"/,
		],
		[
			'Phone Gateway Get Many, Limit -1',
			{ resource: 'phoneGateway', operation: 'getAll', returnAll: false, limit: -1 },
			/"Limit".*got "-1"/,
		],
		[
			'Conference Create, name from an expression yielding an object',
			roomCreate({ name: '={{ { a: 1 } }}' }),
			/"Name" field must be a text, got an object/,
		],
		[
			'Conference Create, name from an expression yielding an array',
			roomCreate({ name: '={{ ["a", "b"] }}' }),
			/"Name" field must be a text, got an array/,
		],
		[
			'Registration Register, first name as an object',
			register(ROOM, { firstName: '={{ { x: 1 } }}' }),
			/"First Name" field must be a text/,
		],
		[
			'Registration Register, extra field name with brackets',
			register(ROOM, {
				additionalFields: { extraFields: { field: [{ name: '4][x', value: 'v' }] } },
			}),
			/must not contain "\[" or "\]"/,
		],
		[
			'Conference Get, room ID above 2^53',
			{
				resource: 'conference',
				operation: 'get',
				room: { __rl: true, mode: 'id', value: '1180591620717411303424' },
			},
			/"Room" field is larger than any ClickMeeting room ID/,
		],
		[
			'File Get, file ID above 2^53',
			{ resource: 'file', operation: 'get', fileId: '9007199254740993' },
			/"File" field is larger than any ClickMeeting ID/,
		],
	];

	it.each(cases)('%s', async (_name, parameters, message) => {
		const before = server.requests.length;
		const { error } = await runNode(server.asSim(), parameters);

		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(server.requests.length).toBe(before);
	});

	it.each([
		['a query', '?tenant=1', /must not contain a query/],
		['a fragment', '#x', /must not contain a query \(\?…\) or a fragment/],
	])(
		'a Base URL with %s is refused with a clear message, no request',
		async (_name, suffix, message) => {
			const before = server.requests.length;
			const { error } = await runNode(
				server.asSim(),
				{ resource: 'ping', operation: 'check' },
				{ credentials: { baseUrl: `${server.baseUrl}${suffix}` } },
			);

			expect(error?.message).toMatch(message);
			expect(error?.message).toMatch(/Base URL in the ClickMeeting API credential/);
			expect(server.requests.length).toBe(before);
		},
	);

	it('a Base URL with surrounding spaces is trimmed', async () => {
		const before = server.requests.length;
		await runNode(
			server.asSim(),
			{ resource: 'ping', operation: 'check' },
			{ credentials: { baseUrl: `  ${server.baseUrl}/  ` } },
		);

		expect(server.requests.slice(before).map((r) => r.url)).toEqual(['/v1/ping']);
	});
});

describe('File Upload: a MIME type with CR/LF cannot inject a multipart header', () => {
	it('refuses the MIME type, naming the binary field, before any request', async () => {
		const server = await startHostile((_req, res) => json(res, 200, { id: 1 }));
		try {
			const { error } = await runNode(
				server.asSim(),
				{ resource: 'file', operation: 'upload', scope: 'account', binaryPropertyName: 'data' },
				{
					input: [
						{
							json: {},
							binary: {
								data: {
									data: Buffer.from('hello').toString('base64'),
									mimeType: 'text/plain\r\nX-Injected: 1',
									fileName: 'a.txt',
								},
							},
						},
					],
				},
			);
			expect(error?.message).toMatch(
				/"Input Binary Field" field \("data"\) holds data whose MIME type is not a valid type\/subtype/,
			);
			expect(server.requests).toHaveLength(0);
		} finally {
			await server.close();
		}
	});
});
