import type {
	IBinaryData,
	IBinaryKeyData,
	IDataObject,
	INodeExecutionData,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { apiRequest, apiRequestDownload, path } from '../../transport';
import { fetchPerRoom, mapBounded } from '../fetch';
import type { WatchedRoom } from '../rooms';
import { getWatchedRooms, roomFields } from '../rooms';
import type { Cursor, PendingReport, TriggerState } from '../state';
import {
	advance,
	byKey,
	isAfter,
	readStateReport,
	stateProblemsMessage,
	writeState,
} from '../state';
import { endedPosition, fetchSessions } from './session';

export interface PdfOptions {
	languages: string[];
	download: boolean;
	binaryProperty: string;
	skipFailed: boolean;
}

interface ReportAnswer {
	status: 'FINISHED' | 'FAILED' | 'PENDING';
	/** as ClickMeeting spelled it */
	rawStatus: string;
	progress: number | null;
	url: string | null;
	error?: string;
}

const pendingKey = (report: PendingReport) => `${report.r}:${report.s}:${report.l}`;

/** GET /conferences/:room/sessions/:session/generate-pdf/:lang: asks for the report, says how far it is. */
async function askReport(this: IPollFunctions, report: PendingReport): Promise<ReportAnswer> {
	let answer: IDataObject;
	try {
		answer = (await apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/conferences/${report.r}/sessions/${report.s}/generate-pdf/${report.l}`,
		})) as IDataObject;
	} catch (error) {
		// The room or the session was deleted: this report can never finish.
		if (error instanceof NodeApiError && error.httpCode === '404') {
			return {
				status: 'FAILED',
				rawStatus: 'NOT_FOUND',
				progress: null,
				url: null,
				error: error.message,
			};
		}
		if (error instanceof NodeApiError)
			throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
		throw new NodeOperationError(this.getNode(), error as Error);
	}
	const rawStatus = String(answer?.status ?? '').trim();
	const normalized = rawStatus.toUpperCase().replace(/\s+/g, '_');
	const progress = typeof answer?.progress === 'number' ? answer.progress : null;
	const url = typeof answer?.url === 'string' && answer.url ? answer.url : null;
	if (normalized === 'FINISHED' && url) return { status: 'FINISHED', rawStatus, progress, url };
	if (normalized === 'FAILED') return { status: 'FAILED', rawStatus, progress, url: null };
	return { status: 'PENDING', rawStatus, progress, url };
}

/**
 * Downloads the finished PDF through the transport: streamed into n8n's binary data, under the
 * Timeout deadline; the API key goes only to the Base URL's origin, never to the report's host.
 */
async function download(
	this: IPollFunctions,
	url: string,
	report: PendingReport,
	property: string,
): Promise<IBinaryKeyData> {
	let target: URL;
	try {
		target = new URL(url);
	} catch {
		throw new NodeOperationError(
			this.getNode(),
			`The finished PDF report of session ${report.s} (${report.l}) has no valid URL`,
		);
	}
	const binary = (await apiRequestDownload.call(
		this,
		{
			url: target.href,
			endpoint: `${target.origin}${target.pathname}`,
			settings: { timeoutMs: 120_000 },
		},
		async ({ body }) =>
			await this.helpers.prepareBinaryData(
				body as never,
				`report_${report.s}_${report.l}.pdf`,
				'application/pdf',
			),
	)) as IBinaryData;
	return { [property]: binary };
}

function toJson(
	report: PendingReport,
	answer: ReportAnswer,
	room: WatchedRoom | undefined,
): IDataObject {
	const json: IDataObject = {
		...roomFields(room, report.r),
		session_id: report.s,
		session_end_date: new Date(report.e).toISOString(),
		lang: report.l,
		status: answer.status,
		failed: answer.status === 'FAILED',
		url: answer.url,
		progress: answer.progress,
	};
	if (answer.error) json.error = answer.error;
	return json;
}

async function toItem(
	this: IPollFunctions,
	report: PendingReport,
	answer: ReportAnswer,
	room: WatchedRoom | undefined,
	options: PdfOptions,
): Promise<INodeExecutionData> {
	const item: INodeExecutionData = { json: toJson(report, answer, room) };
	if (options.download && answer.status === 'FINISHED' && answer.url) {
		item.binary = await download.call(this, answer.url, report, options.binaryProperty);
	}
	return item;
}

/**
 * PDF Report Finished. Each poll: list the rooms (one request), read the sessions of every
 * watched room (one each), add sessions that ended after the room's cursor to the pending
 * reports (one per language), and ask for each pending report (one each). A report is emitted
 * once, when FINISHED (or FAILED, unless skipped), and leaves the pending list in the same
 * state write. The state is written only after every request succeeded.
 */
export async function pollPdfReports(
	this: IPollFunctions,
	config: string,
	options: PdfOptions,
): Promise<INodeExecutionData[][] | null> {
	if (options.languages.length === 0) {
		throw new NodeOperationError(this.getNode(), 'No report language chosen (field "Languages")');
	}
	const manual = this.getMode() === 'manual';
	const staticData = this.getWorkflowStaticData('node');
	const reading = manual ? { state: undefined, problems: [] } : readStateReport(staticData, config);
	const stored = reading.state;
	const baseline = !manual && (stored === undefined || stored.config !== config);
	if (reading.problems.length) {
		this.logger.warn(stateProblemsMessage(reading.problems, baseline));
		// Save the readable part so the dropped entries are gone (and reported once).
		if (stored && !baseline) writeState(staticData, stored);
	}

	const rooms = await getWatchedRooms.call(this);
	const byId = new Map(rooms.map((room) => [room.id, room]));
	const lists = await fetchPerRoom.call(this, rooms, fetchSessions);
	const now = Date.now();
	const perRoom = rooms.map((room) => ({
		room,
		sessions: (lists.get(room.id) ?? [])
			.map((entry) => endedPosition(entry, now))
			.filter((position): position is { key: number; id: number } => position !== undefined),
	}));

	if (manual) {
		const newest = perRoom
			.flatMap(({ room, sessions }) => sessions.map((session) => ({ ...session, room })))
			.sort(byKey)
			.pop();
		if (!newest) {
			throw new NodeOperationError(this.getNode(), 'No ended session found in the watched rooms', {
				description: 'A PDF report exists only for a session that has ended.',
			});
		}
		const report: PendingReport = {
			r: newest.room.id,
			s: newest.id,
			l: options.languages[0],
			e: newest.key,
		};
		const answer = await askReport.call(this, report);
		if (answer.status === 'PENDING') {
			throw new NodeOperationError(
				this.getNode(),
				`The ${report.l} PDF report of the newest ended session (${report.s}) is not ready yet (status ${answer.rawStatus || 'unknown'})`,
				{
					description:
						'ClickMeeting is generating it now: fetch a test event again in a few seconds.',
				},
			);
		}
		return [[await toItem.call(this, report, answer, newest.room, options)]];
	}

	if (baseline) {
		const state: TriggerState = {
			v: 1,
			config,
			since: advance(
				null,
				perRoom.flatMap(({ sessions }) => sessions),
			),
			rooms: {},
			pending: [],
		};
		for (const { room, sessions } of perRoom) {
			const cursor = advance(null, sessions);
			if (cursor) state.rooms[room.id] = cursor;
		}
		writeState(staticData, state);
		return null;
	}

	const state = stored as TriggerState;
	const nextRooms: Record<string, Cursor> = { ...state.rooms };
	const pending: PendingReport[] = [...(state.pending ?? [])];
	const known = new Set(pending.map(pendingKey));
	for (const { room, sessions } of perRoom) {
		const cursor = state.rooms[room.id] ?? state.since;
		const news = sessions.filter((session) => isAfter(session, cursor)).sort(byKey);
		if (news.length === 0) continue;
		nextRooms[room.id] = advance(cursor, news) as Cursor;
		for (const session of news) {
			for (const lang of options.languages) {
				const report: PendingReport = { r: room.id, s: session.id, l: lang, e: session.key };
				if (known.has(pendingKey(report))) continue;
				known.add(pendingKey(report));
				pending.push(report);
			}
		}
	}

	const answers = await mapBounded(pending, async (report) => await askReport.call(this, report));
	const done = pending
		.map((report, index) => ({ report, answer: answers[index] }))
		.filter(({ answer }) => answer.status !== 'PENDING')
		.sort((a, b) => a.report.e - b.report.e || a.report.s - b.report.s);
	const emit = done.filter(({ answer }) => !(options.skipFailed && answer.status === 'FAILED'));
	const items: INodeExecutionData[] = [];
	for (const { report, answer } of emit) {
		items.push(await toItem.call(this, report, answer, byId.get(report.r), options));
	}

	const next: TriggerState = {
		...state,
		rooms: nextRooms,
		pending: pending.filter((_, index) => answers[index].status === 'PENDING'),
	};
	if (items.length > 0 || JSON.stringify(next) !== JSON.stringify(state))
		writeState(staticData, next);
	return items.length > 0 ? [items] : null;
}
