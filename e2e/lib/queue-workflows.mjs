// The workflows of the queue-mode run: the examples with their manual/schedule trigger swapped for a
// Webhook (so that main receives the call and a worker runs the execution), two download
// workflows answered with the downloaded bytes, and a second trigger (Session Ended).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

import { CREDENTIAL, FAST_POLL, TRIGGER_ID } from './common.mjs';
import { examples } from './workflows.mjs';

export const CRM_ID = 'cmExCrmSyncPgUp1';
export const SESSION_TRIGGER_ID = 'cmQueueSessEnded';
export const FILE_DOWNLOAD_ID = 'cmQueueFileDownl';
export const PDF_DOWNLOAD_ID = 'cmQueuePdfDownld';
export const PG_CREDENTIAL = { id: 'cmExPostgresCrm1', name: 'CRM Postgres', type: 'postgres' };
/** Rooms of the simulator's demo account. */
export const TEAM_ROOM = 1001;
export const WEBINAR_ROOM = 1002;
export const BOARD_ROOM = 1003;

const cmCred = { clickMeetingApi: { id: CREDENTIAL.id, name: CREDENTIAL.name } };
const uuid = (seed) => {
	const h = crypto.createHash('sha1').update(seed).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const webhookPath = (id) => `e2e-queue-${id.toLowerCase()}`;

function webhookNode(name, id, position, response) {
	return {
		id: uuid(`node-${id}`),
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position,
		webhookId: uuid(`webhook-${id}`),
		parameters: {
			httpMethod: 'GET',
			path: webhookPath(id),
			responseMode: 'lastNode',
			options: {},
			...response,
		},
	};
}

const STARTERS = new Set(['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.scheduleTrigger']);

/** An example with its manual or schedule trigger replaced by a Webhook of the same name. */
export function webhookVariant(workflow) {
	const wf = structuredClone(workflow);
	wf.nodes = wf.nodes.map((n) =>
		STARTERS.has(n.type)
			? webhookNode(n.name, wf.id, n.position, { responseData: 'allEntries' })
			: n,
	);
	return wf;
}

function fastTrigger(workflow) {
	const wf = structuredClone(workflow);
	for (const node of wf.nodes)
		if (node.type.endsWith('.clickMeetingTrigger')) node.parameters.pollTimes = FAST_POLL;
	return wf;
}

const room = (value) => ({ __rl: true, mode: 'id', value: String(value) });

export function sessionTriggerWorkflow() {
	return {
		id: SESSION_TRIGGER_ID,
		name: 'e2e queue: ClickMeeting Trigger on Session Ended',
		nodes: [
			{
				id: uuid('sess-trigger'),
				name: 'Session Ended',
				type: 'n8n-nodes-clickmeeting.clickMeetingTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: FAST_POLL,
					event: 'sessionEnded',
					watch: 'selected',
					rooms: { roomValues: [{ room: room(BOARD_ROOM) }] },
				},
				credentials: cmCred,
			},
			{
				id: uuid('sess-noop'),
				name: 'Ended',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: { 'Session Ended': { main: [[{ node: 'Ended', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
		pinData: {},
	};
}

/** Webhook ?file=<id> → File → Download; the webhook answers with the downloaded bytes. */
export function fileDownloadWorkflow() {
	return {
		id: FILE_DOWNLOAD_ID,
		name: 'e2e queue: File Download answered by the webhook',
		nodes: [
			webhookNode('Webhook', FILE_DOWNLOAD_ID, [0, 0], {
				responseData: 'firstEntryBinary',
				responseBinaryPropertyName: 'data',
			}),
			{
				id: uuid('file-download'),
				name: 'Download File',
				type: 'n8n-nodes-clickmeeting.clickMeeting',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'file',
					operation: 'download',
					fileId: '={{ $json.query.file }}',
					binaryPropertyName: 'data',
				},
				credentials: cmCred,
			},
		],
		connections: { Webhook: { main: [[{ node: 'Download File', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
		pinData: {},
	};
}

/** Webhook ?session=<id> → PDF Report (wait, download); the webhook answers with the PDF. */
export function pdfDownloadWorkflow() {
	return {
		id: PDF_DOWNLOAD_ID,
		name: 'e2e queue: PDF Report download answered by the webhook',
		nodes: [
			webhookNode('Webhook', PDF_DOWNLOAD_ID, [0, 0], {
				responseData: 'firstEntryBinary',
				responseBinaryPropertyName: 'report',
			}),
			{
				id: uuid('pdf-download'),
				name: 'PDF Report',
				type: 'n8n-nodes-clickmeeting.clickMeeting',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'pdfReport',
					operation: 'generate',
					room: room(TEAM_ROOM),
					session: '={{ $json.query.session }}',
					language: 'en',
					options: {
						download: true,
						pollInterval: 0.5,
						timeout: 120,
						binaryPropertyName: 'report',
					},
				},
				credentials: cmCred,
			},
		],
		connections: { Webhook: { main: [[{ node: 'PDF Report', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
		pinData: {},
	};
}

/** Every workflow of the queue run, by id: the examples (webhook-started; the trigger polling every 10 s) and ours. */
export function queueWorkflows() {
	const list = [];
	for (const { workflow } of examples({ withDatabase: true })) {
		list.push(workflow.id === TRIGGER_ID ? fastTrigger(workflow) : webhookVariant(workflow));
	}
	list.push(sessionTriggerWorkflow(), fileDownloadWorkflow(), pdfDownloadWorkflow());
	return list;
}

/** Writes the workflows into dir, one file each (for `import:workflow --separate`). */
export function writeWorkflows(dir, workflows) {
	fs.mkdirSync(dir, { recursive: true });
	for (const wf of workflows)
		fs.writeFileSync(path.join(dir, `${wf.id}.json`), JSON.stringify(wf, null, 2));
}

/** n8n stores run data `flatted`: the line's own copy parses it. */
export function flattedOf(line) {
	const req = createRequire(path.join(line.dir, 'node_modules', 'n8n', 'package.json'));
	return req('flatted');
}
