// `npm run demo:engine`, the quick demo (`npm run demo` is e2e/demo.mjs, in a real n8n): starts
// the built-in ClickMeeting simulator (no account needed) and runs real workflows through
// n8n-core's execution engine with the *built* node from dist/, printing what each one returns.
import type { INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';

import { startSimulator } from '../simulator';
import type { ClickMeetingSimulator } from '../simulator';
import { CLICKMEETING, START } from '../test/harness/node-types';
import { credentialsFor, runWorkflow } from '../test/harness/run-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClickMeeting } = require('../dist/nodes/ClickMeeting/ClickMeeting.node.js') as {
	ClickMeeting: new () => INodeType;
};

interface DemoStep {
	title: string;
	parameters: INodeParameters | ((sim: ClickMeetingSimulator) => INodeParameters);
	input?: INodeExecutionData[];
	show?: (items: INodeExecutionData[]) => unknown;
}

const node = new ClickMeeting();
const resources = new Set(
	(node.description.properties.find((p) => p.name === 'resource')?.options ?? []).map(
		(option) => (option as { value: string }).value,
	),
);

function firstRoom(
	sim: ClickMeetingSimulator,
	predicate: (room: Record<string, unknown>) => boolean = () => true,
) {
	const rooms = [...sim.state.rooms.values()] as unknown as Array<Record<string, unknown>>;
	return rooms.find((room) => room.status === 'active' && predicate(room)) ?? rooms[0];
}

const steps: Array<DemoStep & { resource: string }> = [
	{
		resource: 'ping',
		title: 'Ping: check the API answers',
		parameters: { resource: 'ping', operation: 'check' },
	},
	{
		resource: 'conference',
		title: 'Conference: Get Many active rooms (simplified)',
		parameters: { resource: 'conference', operation: 'getAll', status: 'active', returnAll: true },
		show: (items) =>
			items.map((item) => `${item.json.id}  ${item.json.room_type}  ${item.json.name}`),
	},
	{
		resource: 'registration',
		title: 'Registration: Register a participant to a webinar',
		parameters: (sim) => ({
			resource: 'registration',
			operation: 'register',
			room: {
				__rl: true,
				mode: 'id',
				value: String(firstRoom(sim, (room) => Boolean(room.registration_enabled)).id),
			},
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
		}),
	},
	{
		resource: 'registration',
		title: 'Registration: Get Many registrants of that webinar',
		parameters: (sim) => ({
			resource: 'registration',
			operation: 'getAll',
			room: {
				__rl: true,
				mode: 'id',
				value: String(firstRoom(sim, (room) => Boolean(room.registration_enabled)).id),
			},
			status: 'all',
			returnAll: true,
		}),
		show: (items) =>
			items.map(
				(item) => `${item.json.id}  ${item.json.email}  ${item.json.registration_date ?? ''}`,
			),
	},
	{
		resource: 'attendee',
		title: 'Attendee: Get Many attendees of the latest ended session of a room',
		parameters: (sim) => {
			const session = latestEndedSession(sim);
			return {
				resource: 'attendee',
				operation: 'getAll',
				room: { __rl: true, mode: 'id', value: String(session.room_id) },
				session: String(session.id),
				returnAll: true,
			};
		},
		show: (items) => items.map((item) => `${item.json.email}  ${item.json.nickname ?? ''}`),
	},
	{
		resource: 'pdfReport',
		title: 'PDF Report: generate, wait for it (NEW -> IN PROGRESS -> FINISHED) and download it',
		parameters: (sim) => {
			const session = latestEndedSession(sim);
			return {
				resource: 'pdfReport',
				operation: 'generate',
				room: { __rl: true, mode: 'id', value: String(session.room_id) },
				session: String(session.id),
				language: 'en',
				options: { waitForCompletion: true, download: true, pollInterval: 0.2, timeout: 30 },
			};
		},
		show: (items) =>
			items.map((item) => {
				const file = Object.values(item.binary ?? {})[0];
				return `${item.json.status} ${item.json.url}  binary: ${file?.fileName} (${file?.mimeType}, ${file?.fileSize})`;
			}),
	},
];

function latestEndedSession(sim: ClickMeetingSimulator) {
	const sessions = [...sim.state.sessions.values()].filter(
		(session) => session.end_date < Date.now(),
	);
	return sessions.sort((a, b) => b.end_date - a.end_date)[0];
}

async function main() {
	const sim = await startSimulator();
	console.log(`ClickMeeting simulator at ${sim.baseUrl} (seeded demo account)\n`);
	let failed = 0;
	try {
		for (const step of steps) {
			if (!resources.has(step.resource)) continue;
			const parameters =
				typeof step.parameters === 'function' ? step.parameters(sim) : step.parameters;
			const before = sim.requests.length;
			const result = await runWorkflow({
				nodes: [
					{ id: 's', name: 'Start', type: START, typeVersion: 1, position: [0, 0], parameters: {} },
					{
						id: 'c',
						name: 'ClickMeeting',
						type: CLICKMEETING,
						typeVersion: 1,
						position: [200, 0],
						parameters,
						credentials: { clickMeetingApi: { id: '1', name: 'demo' } },
					},
				],
				connections: { Start: { main: [[{ node: 'ClickMeeting', type: 'main', index: 0 }]] } },
				input: step.input,
				credentials: credentialsFor(sim),
				extraNodeTypes: { [CLICKMEETING]: node },
			});
			const requests = sim.requests
				.slice(before)
				.map((r) => `${r.method} ${r.path} -> ${r.status}`);
			console.log(`== ${step.title}`);
			console.log(`   requests: ${requests.join(', ')}`);
			if (result.error) {
				failed++;
				console.log(`   ERROR: ${result.error.message}`);
				continue;
			}
			const items = result.output('ClickMeeting');
			const shown = step.show ? step.show(items) : items.map((item) => item.json);
			console.log(`   ${items.length} item(s):`);
			for (const line of ([] as unknown[]).concat(shown).slice(0, 10)) {
				console.log(`   ${typeof line === 'string' ? line : JSON.stringify(line)}`);
			}
			console.log('');
		}
	} finally {
		await sim.close();
	}
	if (failed) {
		console.log(`${failed} demo workflow(s) failed`);
		process.exitCode = 1;
	}
}

void main();
