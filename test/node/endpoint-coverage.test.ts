/**
 * Every endpoint of the API reference is called by at least one operation of the node.
 *
 * Each operation of the node (resource options x operation options, read from the node's own
 * description) runs through n8n-core against a seeded simulator with the parameters of the
 * table below; the requests the simulator received are matched to the reference's endpoint
 * templates. An operation without a table entry fails, and so does an endpoint no operation calls.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeExecutionData, INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { ClickMeeting } from '../../nodes/ClickMeeting/ClickMeeting.node';
import type { ClickMeetingSimulator, RecordedRequest } from '../../simulator';
import type { ReferenceEndpoint } from '../fixtures/endpoints';
import {
	endpointOf,
	notationOf,
	notationPath,
	PAGED_ENDPOINTS,
	REFERENCE_ENDPOINTS,
} from '../fixtures/endpoints';
import { room as rl } from '../harness/builders';
import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';

const REFERENCE_FILE = path.resolve(__dirname, '../../../shared/clickmeeting-api-v1.txt');
const REQUEST_LINE = /^(GET|POST|PUT|DELETE) https:\/\/api\.clickmeeting\.com\/v1(\/\S*)\s*$/gm;

/** The reference's request lines, in order (duplicates kept). */
function parseReference(text: string): ReferenceEndpoint[] {
	return [...text.matchAll(REQUEST_LINE)].map((match) => ({
		method: match[1] as ReferenceEndpoint['method'],
		path: notationPath(match[2]),
	}));
}

function distinct(endpoints: ReferenceEndpoint[]): ReferenceEndpoint[] {
	const seen = new Set<string>();
	return endpoints.filter((endpoint) => {
		const key = label(endpoint);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

const label = notationOf;

const referenceText = existsSync(REFERENCE_FILE) ? readFileSync(REFERENCE_FILE, 'utf8') : undefined;
/** The endpoints to cover: parsed from the reference when it is there, else the checked-in list. */
const ENDPOINTS: ReferenceEndpoint[] = referenceText
	? distinct(parseReference(referenceText))
	: REFERENCE_ENDPOINTS.map(endpointOf);

/** What each placeholder of the reference may be in a real request. */
const PLACEHOLDER: Record<string, string> = {
	room_id: '\\d+',
	session_id: '\\d+',
	sessoin_id: '\\d+',
	file_id: '\\d+',
	recording_id: '\\d+',
	status: '(?:active|inactive|all)',
	lang: '[a-z]{2}(?:[-_][A-Za-z]{2})?',
	country: '[A-Z]{2}',
};

/** `/conferences/:room_id/sessions` -> /^\/conferences\/\d+\/sessions$/ */
function templateRegex(template: string): RegExp {
	const source = template
		.split(/(:[a-z_]+)/)
		.map((part) => {
			const name = /^:([a-z_]+)$/.exec(part)?.[1];
			if (name) return PLACEHOLDER[name] ?? '[^/]+';
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return new RegExp(`^${source}$`);
}

function matches(endpoint: ReferenceEndpoint, request: RecordedRequest): boolean {
	return request.method === endpoint.method && templateRegex(endpoint.path).test(request.path);
}

// ----------------------------------------------------------------- the parameter table

interface Case {
	parameters: INodeParameters;
	input?: INodeExecutionData[];
}
type CaseFactory = (sim: ClickMeetingSimulator) => Case | Case[];

function roomWithSession(sim: ClickMeetingSimulator, registration = false) {
	const room = sim.addRoom({ name: 'Coverage room', registration_enabled: registration });
	const session = sim.addSession(room.id, { attendees: [{}, {}] });
	return { room, session };
}

function binaryInput(): INodeExecutionData[] {
	const data = Buffer.from('coverage file content');
	return [
		{
			json: {},
			binary: {
				data: { data: data.toString('base64'), mimeType: 'text/plain', fileName: 'coverage.txt' },
			},
		},
	];
}

/** Parameters per `resource:operation`. Every operation of the node needs an entry. */
const CASES: Record<string, CaseFactory> = {
	'ping:check': () => ({ parameters: {} }),

	'conference:create': () => ({
		parameters: {
			name: 'Coverage meeting',
			roomType: 'meeting',
			permanentRoom: true,
			accessType: 1,
		},
	}),
	'conference:delete': (sim) => ({ parameters: { room: rl(sim.addRoom().id) } }),
	'conference:get': (sim) => ({ parameters: { room: rl(sim.addRoom().id) } }),
	'conference:getAll': (sim) => {
		sim.addRoom({ status: 'inactive' });
		return [
			{ parameters: { status: 'active', returnAll: true } },
			{ parameters: { status: 'inactive', returnAll: true } },
		];
	},
	'conference:getSkins': () => ({ parameters: {} }),
	'conference:update': (sim) => ({
		parameters: { room: rl(sim.addRoom().id), updateFields: { name: 'Renamed by coverage' } },
	}),

	'accessToken:generate': (sim) => ({
		parameters: { room: rl(sim.addRoom({ access_type: 3 }).id), howMany: 2 },
	}),
	'accessToken:getAll': (sim) => {
		const room = sim.addRoom({ access_type: 3 });
		sim.state.generateTokens(room.id, 2);
		return { parameters: { room: rl(room.id), returnAll: true } };
	},

	'autoLogin:createUrl': (sim) => ({
		parameters: {
			room: rl(sim.addRoom().id),
			email: 'ann@example.com',
			nickname: 'Ann',
			role: 'listener',
		},
	}),

	'invitation:sendEmail': (sim) => ({
		parameters: {
			room: rl(sim.addRoom().id),
			language: 'en',
			attendees: 'ann@example.com, ben@example.com',
		},
	}),

	'session:get': (sim) => {
		const { room, session } = roomWithSession(sim);
		return { parameters: { room: rl(room.id), session: String(session.id) } };
	},
	'session:getAll': (sim) => ({
		parameters: { room: rl(roomWithSession(sim).room.id), returnAll: true },
	}),
	'session:getSummary': (sim) => {
		const { room, session } = roomWithSession(sim, true);
		sim.addRegistration(room.id, { email: 'ann@example.com', session_id: session.id });
		return { parameters: { room: rl(room.id), session: String(session.id) } };
	},

	'attendee:getAll': (sim) => {
		const { room, session } = roomWithSession(sim);
		return { parameters: { room: rl(room.id), session: String(session.id), returnAll: true } };
	},

	'pdfReport:generate': (sim) => {
		const { room, session } = roomWithSession(sim);
		return { parameters: { room: rl(room.id), session: String(session.id), language: 'en' } };
	},

	'registration:disable': (sim) => ({
		parameters: { room: rl(sim.addRoom({ registration_enabled: true }).id) },
	}),
	'registration:enable': (sim) => ({ parameters: { room: rl(sim.addRoom().id) } }),
	'registration:getAll': (sim) => {
		const room = sim.addRoom({ registration_enabled: true });
		sim.addRegistration(room.id, { firstname: 'Ann', lastname: 'Lee', email: 'ann@example.com' });
		return [
			{ parameters: { room: rl(room.id), status: 'all', returnAll: true } },
			{ parameters: { room: rl(room.id), status: 'active', returnAll: true } },
		];
	},
	'registration:getAllForSession': (sim) => {
		const { room, session } = roomWithSession(sim, true);
		sim.addRegistration(room.id, {
			firstname: 'Ann',
			lastname: 'Lee',
			email: 'ann@example.com',
			session_id: session.id,
		});
		return { parameters: { room: rl(room.id), session: String(session.id), returnAll: true } };
	},
	'registration:register': (sim) => ({
		parameters: {
			room: rl(sim.addRoom({ registration_enabled: true }).id),
			firstName: 'Ben',
			lastName: 'Ode',
			email: 'ben@example.com',
		},
	}),
	'registration:setTemplate': (sim) => ({
		parameters: { room: rl(sim.addRoom({ registration_enabled: true }).id), template: 2 },
	}),

	'contact:createOrUpdate': () => ({
		parameters: { email: 'carol@example.com', firstName: 'Carol', lastName: 'Diaz' },
	}),

	'timeZone:getAll': () => [
		{ parameters: { returnAll: true } },
		{ parameters: { returnAll: true, filters: { country: 'PL' } } },
	],

	'phoneGateway:getAll': () => ({ parameters: { returnAll: true } }),

	'file:getAll': (sim) => {
		const room = sim.addRoom();
		sim.addFile(Buffer.from('x'), 'room.txt', room.id);
		return [
			{ parameters: { scope: 'account', returnAll: true } },
			{ parameters: { scope: 'room', room: rl(room.id), returnAll: true } },
		];
	},
	'file:upload': (sim) => [
		{ parameters: { scope: 'account', binaryPropertyName: 'data' }, input: binaryInput() },
		{
			parameters: { scope: 'room', room: rl(sim.addRoom().id), binaryPropertyName: 'data' },
			input: binaryInput(),
		},
	],
	'file:get': (sim) => ({
		parameters: { fileId: String(sim.addFile(Buffer.from('x'), 'get.txt').id) },
	}),
	'file:delete': (sim) => ({
		parameters: { fileId: String(sim.addFile(Buffer.from('x'), 'delete.txt').id) },
	}),
	'file:download': (sim) => ({
		parameters: {
			fileId: String(sim.addFile(Buffer.from('x'), 'download.txt').id),
			binaryPropertyName: 'data',
		},
	}),

	'recording:getAll': (sim) => {
		const room = sim.addRoom();
		sim.addRecording(room.id);
		return { parameters: { room: rl(room.id), returnAll: true } };
	},
	'recording:delete': (sim) => {
		const room = sim.addRoom();
		return { parameters: { room: rl(room.id), recordingId: String(sim.addRecording(room.id).id) } };
	},
	'recording:deleteAll': (sim) => {
		const room = sim.addRoom();
		sim.addRecording(room.id);
		return { parameters: { room: rl(room.id) } };
	},

	'chat:getAll': () => ({ parameters: { returnAll: true } }),
	'chat:download': (sim) => {
		const { session } = roomWithSession(sim);
		sim.addChat(session.id);
		return { parameters: { sessionId: String(session.id), binaryPropertyName: 'data' } };
	},
};

/** `resource:operation` for every operation the node offers, from its description. */
function nodeOperations(): string[] {
	const properties = new ClickMeeting().description.properties;
	const resource = properties.find((property) => property.name === 'resource');
	const out: string[] = [];
	for (const option of (resource?.options ?? []) as INodePropertyOptions[]) {
		const selector = properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes(
					String(option.value),
				),
		);
		const operations = (selector?.options ?? []) as INodePropertyOptions[];
		if (!operations.length) out.push(`${String(option.value)}:<no operation selector>`);
		for (const operation of operations)
			out.push(`${String(option.value)}:${String(operation.value)}`);
	}
	return out;
}

// ----------------------------------------------------------------- the tests

describe('Endpoint coverage: every endpoint of the reference is called by an operation', () => {
	const sim = useSimulator({ seed: true, resetEach: false });
	/** `resource:operation` -> the requests its runs made. */
	const calls = new Map<string, RecordedRequest[]>();
	const failures: string[] = [];
	const operations = nodeOperations();

	beforeAll(async () => {
		for (const key of operations) {
			const factory = CASES[key];
			if (!factory) continue;
			const [resource, operation] = key.split(':');
			const made: RecordedRequest[] = [];
			const cases = [factory(sim)].flat();
			for (const [index, testCase] of cases.entries()) {
				const { error, requests } = await runNode(
					sim,
					{ resource, operation, ...testCase.parameters },
					{ input: testCase.input },
				);
				made.push(...requests);
				if (error) failures.push(`${key} (case ${index + 1}): ${error.message}`);
			}
			calls.set(key, made);
		}
	}, 120_000);

	it('reads the reference’s endpoint list, which matches the checked-in list', () => {
		if (!referenceText) {
			// The reference is not next to the repository: the checked-in list stands in for it.
			expect(ENDPOINTS).toHaveLength(34);
			return;
		}
		const lines = parseReference(referenceText);
		expect(lines).toHaveLength(36);
		expect(ENDPOINTS.map(label)).toEqual(REFERENCE_ENDPOINTS);
		expect(ENDPOINTS.length + PAGED_ENDPOINTS.length).toBe(35);
		for (const paged of PAGED_ENDPOINTS) {
			expect(referenceText).toContain(
				`https://api.clickmeeting.com/v1${paged.path}?${paged.query}=`,
			);
		}
	});

	it('maps each reference template to a pattern that tells endpoints apart', () => {
		expect(templateRegex('/conferences/:status').test('/conferences/active')).toBe(true);
		expect(templateRegex('/conferences/:status').test('/conferences/12')).toBe(false);
		expect(templateRegex('/conferences/:room_id').test('/conferences/skins')).toBe(false);
		expect(
			templateRegex('/conferences/:room_id/sessions/:sessoin_id').test('/conferences/1/sessions/2'),
		).toBe(true);
		expect(templateRegex('/time_zone_list/:country').test('/time_zone_list/PL')).toBe(true);
		expect(templateRegex('/file-library/:file_id').test('/file-library/conferences/12')).toBe(
			false,
		);
	});

	it('has parameters for every operation of the node, and none for operations it lacks', () => {
		expect(operations.length).toBeGreaterThan(0);
		expect(operations.filter((key) => !CASES[key])).toEqual([]);
		expect(Object.keys(CASES).filter((key) => !operations.includes(key))).toEqual([]);
	});

	it('runs every operation of the table without an error', () => {
		expect(failures).toEqual([]);
	});

	it('calls every endpoint of the reference from at least one operation', () => {
		const uncovered = ENDPOINTS.filter(
			(endpoint) =>
				![...calls.values()].some((requests) =>
					requests.some((request) => matches(endpoint, request)),
				),
		).map(label);
		expect(uncovered).toEqual([]);
	});

	it('also reads the paged inactive room list the reference documents', () => {
		const uncovered = PAGED_ENDPOINTS.filter(
			(endpoint) =>
				![...calls.values()].some((requests) =>
					requests.some(
						(request) => matches(endpoint, request) && request.query[endpoint.query] !== undefined,
					),
				),
		).map((endpoint) => `${label(endpoint)}?${endpoint.query}=`);
		expect(uncovered).toEqual([]);
	});

	it('sends no request outside the reference', () => {
		const unknown = [...calls.entries()].flatMap(([key, requests]) =>
			requests
				.filter((request) => !ENDPOINTS.some((endpoint) => matches(endpoint, request)))
				.map((request) => `${key}: ${request.method} ${request.path}`),
		);
		expect(unknown).toEqual([]);
	});
});
