import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { invalid } from '../../helpers/checks';
import type { ReportReading, ReportTarget } from '../../helpers/pdfReport';
import { checkReport, downloadReport } from '../../helpers/pdfReport';
import { fetchPerRoom, mapBounded } from '../fetch';
import type { WatchedRoom } from '../rooms';
import { getWatchedRooms, roomFields } from '../rooms';
import type { PendingReport, Placed, TriggerState } from '../state';
import { byKey } from '../cursor';
import { baselineState, firstItems, newEvents, openState, saveState, stateAfter } from '../state';
import { endedPosition, fetchSessions } from './session';

export interface PdfOptions {
	languages: string[];
	download: boolean;
	binaryProperty: string;
	skipFailed: boolean;
	/** Max Items per Poll: finished reports past it stay pending and are emitted by the next polls. */
	maxItems?: number;
}

type Ended = Placed & { room: WatchedRoom };

const targetOf = (report: PendingReport): ReportTarget => ({
	roomId: report.r,
	sessionId: report.s,
	lang: report.l,
});
const pendingKey = (report: PendingReport) => `${report.r}:${report.s}:${report.l}`;

function toJson(report: PendingReport, reading: ReportReading, room?: WatchedRoom): IDataObject {
	const json: IDataObject = {
		...roomFields(room, report.r),
		session_id: report.s,
		session_end_date: new Date(report.e).toISOString(),
		lang: report.l,
		status: reading.outcome,
		failed: reading.outcome === 'FAILED',
		url: reading.url,
		progress: reading.progress,
	};
	if (reading.problem) json.error = reading.problem.message;
	return json;
}

/** The output item; with Download PDF, the finished report in a binary field (one request). */
async function toItem(
	this: IPollFunctions,
	report: PendingReport,
	reading: ReportReading,
	room: WatchedRoom | undefined,
	options: PdfOptions,
): Promise<INodeExecutionData> {
	const item: INodeExecutionData = { json: toJson(report, reading, room) };
	if (options.download && reading.url) {
		const binary = await downloadReport.call(this, targetOf(report), reading.url);
		item.binary = { [options.binaryProperty]: binary };
	}
	return item;
}

/** Fetch Test Event: the report of the newest ended session, in the first language. */
async function testEvent(
	this: IPollFunctions,
	ended: Ended[],
	options: PdfOptions,
): Promise<INodeExecutionData[][]> {
	const newest = [...ended].sort(byKey).pop();
	if (!newest) {
		throw new NodeOperationError(this.getNode(), 'No ended session found in the watched rooms', {
			description: 'A PDF report exists only for a session that has ended.',
		});
	}
	const report: PendingReport = {
		r: newest.roomId,
		s: newest.id,
		l: options.languages[0],
		e: newest.key,
	};
	const reading = await checkReport.call(this, targetOf(report));
	if (reading.outcome === 'PENDING') {
		throw new NodeOperationError(
			this.getNode(),
			`The ${report.l} PDF report of the newest ended session (${report.s}) is not ready yet (status ${reading.rawStatus || 'unknown'})`,
			{
				description:
					'ClickMeeting is generating it now: fetch a test event again in a few seconds.',
			},
		);
	}
	return [[await toItem.call(this, report, reading, newest.room, options)]];
}

/**
 * PDF Report Finished. Each poll: list the rooms (one request), read the sessions of every
 * watched room (one each), add the sessions that ended after the room's cursor to the pending
 * reports (one per language), and ask for each pending report (one each). A report is emitted
 * once, when FINISHED (or FAILED, unless skipped), and leaves the pending list in the same state
 * write, made only after every request succeeded.
 */
export async function pollPdfReports(
	this: IPollFunctions,
	config: string,
	options: PdfOptions,
): Promise<INodeExecutionData[][] | null> {
	if (options.languages.length === 0)
		throw invalid(this, undefined, 'Languages', 'is empty: choose at least one language');
	const wrong = options.languages.find((lang) => !/^[a-z]{2}$/.test(lang));
	if (wrong !== undefined)
		throw invalid(this, undefined, 'Languages', `holds "${wrong}", not a two-letter language code`);
	const start = openState.call(this, config);
	const rooms = await getWatchedRooms.call(this);
	const byId = new Map(rooms.map((room) => [room.id, room]));
	const lists = await fetchPerRoom.call(this, rooms, fetchSessions);
	const now = Date.now();
	const ended: Ended[] = rooms.flatMap((room) =>
		(lists.get(room.id) ?? []).flatMap((entry) => {
			const position = endedPosition(entry, now);
			return position ? [{ ...position, roomId: room.id, room }] : [];
		}),
	);

	if (start.manual) return await testEvent.call(this, ended, options);
	if (!start.state) {
		saveState.call(this, baselineState(config, ended, 'ordered', { pending: [] }));
		return null;
	}

	const state: TriggerState = start.state;
	const news = newEvents(state, ended);
	const pending: PendingReport[] = [...(state.pending ?? [])];
	const known = new Set(pending.map(pendingKey));
	for (const session of news) {
		for (const lang of options.languages) {
			const report: PendingReport = { r: session.roomId, s: session.id, l: lang, e: session.key };
			if (known.has(pendingKey(report))) continue;
			known.add(pendingKey(report));
			pending.push(report);
		}
	}

	const readings = await mapBounded(pending, async (report) => {
		return await checkReport.call(this, targetOf(report));
	});
	const done = pending
		.map((report, index) => ({ report, reading: readings[index] }))
		.filter(({ reading }) => reading.outcome !== 'PENDING')
		.filter(({ reading }) => !(options.skipFailed && reading.outcome === 'FAILED'))
		.sort((a, b) => a.report.e - b.report.e || a.report.s - b.report.s);
	const emitted = firstItems(done, options.maxItems);
	const waiting = new Set(done.slice(emitted.length).map(({ report }) => report));
	const items: INodeExecutionData[] = [];
	for (const { report, reading } of emitted) {
		items.push(await toItem.call(this, report, reading, byId.get(report.r), options));
	}

	const next: TriggerState = {
		...stateAfter(state, news),
		pending: pending.filter(
			(report, index) => readings[index].outcome === 'PENDING' || waiting.has(report),
		),
	};
	if (items.length > 0 || JSON.stringify(next) !== JSON.stringify(state))
		saveState.call(this, next);
	return items.length > 0 ? [items] : null;
}
