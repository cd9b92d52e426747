// ClickMeeting tools for AI agents, end to end: examples/mcp-server.json (n8n's MCP Server Trigger
// with ClickMeeting Tool nodes) active in a running n8n, driven by the official MCP TypeScript SDK
// client over streamable HTTP and SSE, against the simulator.
//
// Checked: the tool list (names, descriptions, input schemas), one call of each tool with its answer
// compared to the simulator's state and the requests the simulator received, a call with bad input
// (isError with the node's message, no request sent), the API key absent from every byte the client
// received, and the characters of a 250-room answer in each Output form (Simplified / Raw / Selected).
import fs from 'node:fs';
import path from 'node:path';

import { E2E_DIR, EXAMPLES_DIR, SIM_KEY, TRIGGER_ID, log, n8nCli, sleep } from './lib/common.mjs';

export const MCP_ID = 'cmExMcpServer001';
const MEASURE_ID = 'cmE2eMcpMeasure1';
const MCP_PATH = 'clickmeeting';
const MEASURE_PATH = 'clickmeeting-measure';

const example = () =>
	JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, 'mcp-server.json'), 'utf8'));

/** n8n's tool name for a node: its name with every run of other characters than [A-Za-z0-9_-] as "_". */
export const toolName = (nodeName) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

/** What the example promises each tool's input to be: the $fromAI keys of its parameters, with their types. */
function expectedInputs(node) {
	const inputs = {};
	const walk = (v) => {
		if (typeof v === 'string') {
			for (const m of v.matchAll(/\$fromAI\('([^']+)', '((?:[^'\\]|\\.)*)', '([a-z]+)'\)/g))
				inputs[m[1]] = { description: m[2].replace(/\\'/g, "'"), type: m[3] };
		} else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(node.parameters);
	return inputs;
}

/** The Output forms measured, as the measuring server's tools: tool name → Output and Fields. */
const FORMS = {
	simplified: { output: 'simplified' },
	raw: { output: 'raw' },
	selected: { output: 'selected', fields: 'id, name, room_url' },
};

/**
 * The e2e-only second MCP server: the example's "List upcoming rooms" three times, one per Output
 * form, each listing up to 250 rooms, to measure the same rooms in each form.
 */
function measureWorkflow() {
	const ex = example();
	const trigger = {
		...ex.nodes.find((n) => n.type.endsWith('.mcpTrigger')),
		id: 'e2e-measure-trigger',
		webhookId: '0c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5',
	};
	trigger.parameters = { ...trigger.parameters, path: MEASURE_PATH };
	const list = ex.nodes.find((n) => n.name === 'List upcoming rooms');
	const tools = Object.entries(FORMS).map(([form, output], i) => ({
		...list,
		id: `e2e-measure-list-${i}`,
		name: `List rooms ${form}`,
		parameters: {
			...list.parameters,
			toolDescription: `Lists up to 250 active rooms, Output ${form}.`,
			limit: 250,
			...output,
		},
	}));
	// the first one described automatically: what an agent reads when nobody writes a description
	tools[0].parameters.descriptionType = 'auto';
	delete tools[0].parameters.toolDescription;
	return {
		id: MEASURE_ID,
		name: 'e2e: ClickMeeting rooms in each Output form over MCP',
		nodes: [trigger, ...tools],
		connections: Object.fromEntries(
			tools.map((t) => [
				t.name,
				{ ai_tool: [[{ node: trigger.name, type: 'ai_tool', index: 0 }]] },
			]),
		),
		settings: { executionOrder: 'v1' },
		pinData: {},
		active: false,
	};
}

/** Before `n8n start`: import the measuring workflow, activate it and the example (imported with examples/). */
export async function prepareMcp(ctx) {
	const file = path.join(ctx.runDir, 'mcp-measure.json');
	fs.writeFileSync(file, JSON.stringify(measureWorkflow(), null, 2));
	await n8nCli(ctx, ['import:workflow', `--input=${file}`]);
	await n8nCli(ctx, ctx.line.activateArgs(MCP_ID));
	await n8nCli(ctx, ctx.line.activateArgs(MEASURE_ID));
}

async function loadSdk() {
	const sdk = path.join(
		E2E_DIR,
		'node_modules',
		'@modelcontextprotocol',
		'sdk',
		'dist',
		'esm',
		'client',
	);
	const [{ Client }, { StreamableHTTPClientTransport }, { SSEClientTransport }] = await Promise.all(
		[
			import(path.join(sdk, 'index.js')),
			import(path.join(sdk, 'streamableHttp.js')),
			import(path.join(sdk, 'sse.js')),
		],
	);
	return { Client, StreamableHTTPClientTransport, SSEClientTransport };
}

/**
 * A fetch for the SDK's transports that keeps a copy of every byte n8n sent back (response bodies,
 * SSE streams included, and headers), to scan for the API key.
 */
function recordingFetch(received) {
	return async (url, init) => {
		const res = await fetch(url, init);
		received.push(JSON.stringify([...res.headers]));
		if (!res.body) return res;
		const [mine, theirs] = res.body.tee();
		(async () => {
			const decoder = new TextDecoder();
			for await (const chunk of mine) received.push(decoder.decode(chunk, { stream: true }));
		})().catch(() => {});
		return new Response(theirs, {
			status: res.status,
			statusText: res.statusText,
			headers: res.headers,
		});
	};
}

function eq(actual, expected, what) {
	const a = JSON.stringify(actual);
	const e = JSON.stringify(expected);
	if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function ok(cond, what) {
	if (!cond) throw new Error(what);
}

async function requests(sim) {
	const answer = await sim.control('GET', '/requests');
	return (Array.isArray(answer) ? answer : (answer.requests ?? [])).map((r) => ({
		...r,
		line: `${r.method} ${r.path}`,
	}));
}

/** The items a ClickMeeting tool answered with: n8n sends them as one JSON text. */
function itemsOf(result, what) {
	ok(!result.isError, `${what}: isError ${JSON.stringify(result.content).slice(0, 500)}`);
	const text = result.content?.[0]?.text;
	ok(
		typeof text === 'string',
		`${what}: no text content in ${JSON.stringify(result).slice(0, 300)}`,
	);
	const value = JSON.parse(text);
	ok(Array.isArray(value), `${what}: answer is not a list of items: ${text.slice(0, 300)}`);
	return value;
}

/** The MCP checks of one n8n line; `check(name, fn)` records one result. Needs `prepareMcp` before start. */
export async function mcpTest({ ctx, rest, sim, check }) {
	// the trigger example polls the simulator every 10 s: off, so that its log holds the tools' requests only
	const quiet = await check(
		"MCP: the trigger workflow is deactivated first (its polls would mix with the tools' requests)",
		async () => {
			await rest.call('POST', `/rest/workflows/${TRIGGER_ID}/deactivate`, {});
			const wf = await rest.call('GET', `/rest/workflows/${TRIGGER_ID}`);
			ok(wf?.data?.active === false, `still active: ${JSON.stringify(wf?.data?.active)}`);
			await sleep(1000); // a poll already under way finishes
		},
	);
	if (!quiet) return { tools: [], sizes: {} };
	const { Client, StreamableHTTPClientTransport, SSEClientTransport } = await loadSdk();
	const received = [];
	const url = new URL(`${ctx.baseUrl}/mcp/${MCP_PATH}`);
	const ex = example();
	const toolNodes = ex.nodes.filter((n) => n.type === 'n8n-nodes-clickmeeting.clickMeetingTool');
	const byName = Object.fromEntries(toolNodes.map((n) => [toolName(n.name), n]));
	const clients = [];
	const connect = async (Transport, target = url) => {
		const client = new Client({ name: 'n8n-nodes-clickmeeting-e2e', version: '1.0.0' });
		await client.connect(new Transport(target, { fetch: recordingFetch(received) }));
		clients.push(client);
		return client;
	};
	let client;
	let tools = [];
	const report = { tools: [], sizes: {} };

	try {
		await check(
			'MCP: the official SDK client connects over streamable HTTP and lists the 7 ClickMeeting tools',
			async () => {
				client = await connect(StreamableHTTPClientTransport);
				({ tools } = await client.listTools());
				eq(tools.map((t) => t.name).sort(), Object.keys(byName).sort(), 'tool names');
			},
		);
		if (!client) return report;

		await check(
			"MCP: each tool has the example's description and an input schema of its $fromAI keys (types, descriptions, all required)",
			() => {
				for (const tool of tools) {
					const node = byName[tool.name];
					eq(tool.description, node.parameters.toolDescription, `${tool.name} description`);
					const want = expectedInputs(node);
					const props = tool.inputSchema?.properties ?? {};
					eq(tool.inputSchema?.type, 'object', `${tool.name} schema type`);
					eq(Object.keys(props).sort(), Object.keys(want).sort(), `${tool.name} input properties`);
					for (const [key, { description, type }] of Object.entries(want)) {
						eq(props[key].type, type, `${tool.name}.${key} type`);
						eq(props[key].description, description, `${tool.name}.${key} description`);
					}
					eq(
						[...(tool.inputSchema.required ?? [])].sort(),
						Object.keys(want).sort(),
						`${tool.name} required inputs`,
					);
					report.tools.push({
						name: tool.name,
						description: tool.description,
						inputSchema: tool.inputSchema,
					});
				}
			},
		);

		const call = async (name, args) => {
			await sim.control('DELETE', '/requests');
			const result = await client.callTool({ name, arguments: args });
			return { result, reqs: await requests(sim) };
		};

		await check(
			'MCP: List_upcoming_rooms answers the active rooms, only the selected fields, from one GET /conferences/active',
			async () => {
				const { result, reqs } = await call('List_upcoming_rooms', { limit: 5 });
				const rooms = itemsOf(result, 'List_upcoming_rooms');
				const active = await (await sim.api('/conferences/active')).json();
				const list = Array.isArray(active) ? active : Object.values(active);
				eq(
					rooms.map((r) => r.id),
					list.slice(0, 5).map((r) => r.id),
					'room ids',
				);
				eq(
					rooms.map((r) => r.name),
					list.slice(0, 5).map((r) => r.name),
					'room names',
				);
				const fields = ex.nodes
					.find((n) => n.name === 'List upcoming rooms')
					.parameters.fields.split(',')
					.map((f) => f.trim());
				ok(
					rooms.every((r) => Object.keys(r).every((k) => fields.includes(k))),
					`only the selected fields (no host login URL): ${JSON.stringify(rooms[0])}`,
				);
				ok(
					rooms.every((r) => ['id', 'name', 'room_url', 'status'].every((k) => k in r)),
					`id, name, room_url, status in every room: ${JSON.stringify(rooms[0])}`,
				);
				ok(
					rooms.every((r) => typeof r.registration_enabled === 'boolean'),
					`registration_enabled a boolean: ${JSON.stringify(rooms[0])}`,
				);
				eq(
					reqs.map((r) => r.line),
					['GET /conferences/active'],
					'requests',
				);
			},
		);

		let createdId;
		await check(
			"MCP: Create_room creates the room (POST /conferences with the agent's values) and answers its id and URL",
			async () => {
				const args = {
					name: 'Agent Demo',
					room_type: 'webinar',
					starts_at: '2031-05-01T10:00:00+02:00',
					duration: '1:30',
					timezone: 'Europe/Warsaw',
				};
				const { result, reqs } = await call('Create_room', args);
				const [room] = itemsOf(result, 'Create_room');
				eq(
					reqs.map((r) => r.line),
					['POST /conferences'],
					'requests',
				);
				const body = reqs[0].body;
				eq(
					[body.name, body.room_type, body.duration, body.timezone],
					['Agent Demo', 'webinar', '1:30', 'Europe/Warsaw'],
					'POST body name, room_type, duration, timezone',
				);
				ok(String(body.starts_at).startsWith('2031-05-01'), `starts_at sent: ${body.starts_at}`);
				createdId = Number(room.id);
				const stored = await (await sim.api(`/conferences/${createdId}`)).json();
				eq(
					[stored.conference?.name, stored.conference?.room_type],
					['Agent Demo', 'webinar'],
					'room stored by the simulator',
				);
				ok(
					typeof room.room_url === 'string' && room.room_url.length > 0,
					`room_url in the answer: ${JSON.stringify(room).slice(0, 300)}`,
				);
			},
		);

		const email = `agent.${ctx.line.id}.${Date.now()}@example.com`;
		await check(
			'MCP: Register_participant registers in the simulator (POST /conferences/1002/registration) and answers the join URL',
			async () => {
				const { result, reqs } = await call('Register_participant', {
					room_id: '1002',
					first_name: 'Ada',
					last_name: 'Agent',
					email,
				});
				const [answer] = itemsOf(result, 'Register_participant');
				eq(
					reqs.map((r) => r.line),
					['POST /conferences/1002/registration'],
					'requests',
				);
				ok(/^https?:\/\//.test(String(answer.url)), `join url: ${JSON.stringify(answer)}`);
				const regs = await (await sim.api('/conferences/1002/registrations/all')).json();
				ok(
					regs.some((r) => r.email === email),
					`${email} registered for room 1002`,
				);
			},
		);

		await check(
			"MCP: a bad email comes back as isError with the node's message, and no request is sent",
			async () => {
				const { result, reqs } = await call('Register_participant', {
					room_id: '1002',
					first_name: 'Bad',
					last_name: 'Input',
					email: 'not-an-email',
				});
				eq(result.isError, true, 'isError');
				const text = String(result.content?.[0]?.text);
				ok(
					text.includes('The "Email" field is not a valid email address: "not-an-email"'),
					`message: ${text}`,
				);
				eq(
					reqs.map((r) => r.line),
					[],
					'requests',
				);
			},
		);

		await check(
			'MCP: List_registrants_of_room answers every registrant of the room, simplified, the new one included',
			async () => {
				const { result, reqs } = await call('List_registrants_of_room', { room_id: '1002' });
				const regs = itemsOf(result, 'List_registrants_of_room');
				const all = await (await sim.api('/conferences/1002/registrations/all')).json();
				eq(regs.map((r) => r.email).sort(), all.map((r) => r.email).sort(), 'registrant emails');
				const mine = regs.find((r) => r.email === email);
				eq([mine?.first_name, mine?.last_name], ['Ada', 'Agent'], 'names of the new registrant');
				ok(!('fields' in mine), 'simplified: no raw form fields');
				eq(
					reqs.map((r) => r.line),
					['GET /conferences/1002/registrations/all'],
					'requests',
				);
			},
		);

		let sessionId;
		await check(
			"MCP: List_sessions_of_room and Get_session_summary answer the sessions of room 1001 and one session's summary",
			async () => {
				const sessions = await (await sim.api('/conferences/1001/sessions')).json();
				ok(sessions.length > 0, 'room 1001 has sessions in the simulator');
				const listed = await call('List_sessions_of_room', { room_id: '1001' });
				eq(
					itemsOf(listed.result, 'List_sessions_of_room').map((s) => s.id),
					sessions.map((s) => s.id),
					'session ids',
				);
				eq(
					listed.reqs.map((r) => r.line),
					['GET /conferences/1001/sessions'],
					'List_sessions_of_room requests',
				);
				sessionId = sessions[0].id;
				const { result, reqs } = await call('Get_session_summary', {
					room_id: '1001',
					session_id: String(sessionId),
				});
				const [summary] = itemsOf(result, 'Get_session_summary');
				const detail = await (await sim.api(`/conferences/1001/sessions/${sessionId}`)).json();
				eq(
					[summary.id, summary.room_id, summary.start_date, summary.end_date],
					[sessionId, 1001, detail.start_date, detail.end_date],
					'id, room_id, dates',
				);
				eq(
					summary.attendees.map((a) => a.email),
					detail.attendees.map((a) => a.email),
					'attendee emails',
				);
				ok(
					!JSON.stringify(summary).includes('generate_pdf_url'),
					'no report-generation links in the summary',
				);
				eq(
					reqs.map((r) => r.line),
					[`GET /conferences/1001/sessions/${sessionId}`],
					'Get_session_summary requests (Session Get: one request)',
				);
			},
		);

		await check(
			'MCP: Create_auto-login_URL answers the login URL <room_url>?l=<hash> made by POST /conferences/1001/room/autologin_hash',
			async () => {
				const { result, reqs } = await call('Create_auto-login_URL', {
					room_id: '1001',
					email: 'host.agent@example.com',
					nickname: 'Host Agent',
					role: 'host',
				});
				const [answer] = itemsOf(result, 'Create_auto-login_URL');
				eq(
					reqs.map((r) => r.line),
					['GET /conferences/1001', 'POST /conferences/1001/room/autologin_hash'],
					'requests',
				);
				eq(
					reqs[1].body,
					{ email: 'host.agent@example.com', nickname: 'Host Agent', role: 'host' },
					'POST body',
				);
				const room = (await (await sim.api('/conferences/1001')).json()).conference;
				eq(
					answer.url,
					`${room.room_url.replace(/[?#].*$/, '')}?l=${encodeURIComponent(answer.autologin_hash)}`,
					'login url',
				);
			},
		);

		await check(
			'MCP: the same server over SSE (GET /mcp/<path>) lists the tools and runs one',
			async () => {
				const sse = await connect(SSEClientTransport);
				const listed = await sse.listTools();
				eq(
					listed.tools.map((t) => t.name).sort(),
					Object.keys(byName).sort(),
					'tool names over SSE',
				);
				const { result } = await call('List_sessions_of_room', { room_id: '1001' });
				ok(itemsOf(result, 'List_sessions_of_room over streamable HTTP').length > 0, 'sessions');
				const viaSse = await sse.callTool({
					name: 'List_sessions_of_room',
					arguments: { room_id: '1001' },
				});
				eq(
					itemsOf(viaSse, 'List_sessions_of_room over SSE'),
					itemsOf(result, 'List_sessions_of_room'),
					'same answer over SSE',
				);
			},
		);

		await check(
			'MCP: a 250-room answer in each Output form (Simplified is smaller than Raw, Selected smaller still)',
			async () => {
				const active = await (await sim.api('/conferences/active')).json();
				const have = (Array.isArray(active) ? active : Object.values(active)).length;
				if (have < 250) await sim.control('POST', '/rooms', { count: 250 - have });
				const measure = await connect(
					StreamableHTTPClientTransport,
					new URL(`${ctx.baseUrl}/mcp/${MEASURE_PATH}`),
				);
				const auto = (await measure.listTools()).tools.find(
					(t) => t.name === 'List_rooms_simplified',
				);
				eq(
					auto?.description,
					'Get many rooms in ClickMeeting',
					'automatic description of Room → Get Many (its action name)',
				);
				report.autoDescribed = {
					name: auto.name,
					description: auto.description,
					inputSchema: auto.inputSchema,
				};
				for (const form of Object.keys(FORMS)) {
					const result = await measure.callTool({ name: `List_rooms_${form}`, arguments: {} });
					const rooms = itemsOf(result, `List_rooms ${form}`);
					eq(rooms.length, 250, `${form}: rooms`);
					if (form === 'selected')
						ok(
							rooms.every((r) => JSON.stringify(Object.keys(r)) === '["id","name","room_url"]'),
							`selected fields: ${JSON.stringify(rooms[0])}`,
						);
					if (form === 'simplified')
						ok(
							!('settings' in rooms[0]) && 'room_url' in rooms[0],
							`simplified room: ${JSON.stringify(rooms[0])}`,
						);
					if (form === 'raw')
						ok('settings' in rooms[0], `raw room: ${JSON.stringify(rooms[0]).slice(0, 300)}`);
					report.sizes[form] = result.content[0].text.length;
				}
				const s = report.sizes;
				log(
					`  250 rooms over MCP: raw ${s.raw} characters, simplified ${s.simplified}, selected (id, name, room_url) ${s.selected}`,
				);
				ok(s.simplified < s.raw && s.selected < s.simplified, `sizes ${JSON.stringify(s)}`);
			},
		);

		await check(
			'MCP: the API key is in nothing the client received (bodies, SSE streams, headers)',
			async () => {
				await new Promise((resolve) => setTimeout(resolve, 200)); // let the copies of the last streams drain
				const all = received.join('');
				ok(all.length > 1000, `recorded ${all.length} characters`);
				ok(!all.includes(SIM_KEY), 'the API key appears in what n8n sent to the MCP client');
			},
		);
	} finally {
		for (const c of clients) await c.close().catch(() => {});
	}
	const out = path.join(ctx.runDir, '..', `mcp-${ctx.line.id}.json`);
	fs.writeFileSync(out, JSON.stringify(report, null, 2));
	log(`  MCP tool list and sizes written to ${path.relative(E2E_DIR, out)}`);
	return report;
}
