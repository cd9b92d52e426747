/**
 * PDF reports of sessions, for the action (PDF Report → Generate) and the trigger (PDF Report
 * Finished) alike: the request, how an answer is read (status, URL, failure), the download and
 * its file name. The action's wait (actions/pdfReport/wait.ts) asks through `requestReport`.
 */
import type { IBinaryData, IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { apiRequest, apiRequestDownload, path } from '../transport';
import { itemError } from './errors';

type ReportContext = IExecuteFunctions | IPollFunctions;

export interface ReportTarget {
	roomId: number;
	sessionId: number;
	lang: string;
}

/**
 * An answer of GET …/generate-pdf/:lang, read once for action and trigger: `PENDING` while
 * ClickMeeting makes the report (NEW, IN PROGRESS), `FINISHED` with a URL to download it,
 * `FAILED` with the problem (status FAILED, FINISHED without a usable URL, or gone: HTTP 404).
 */
export interface ReportReading {
	outcome: 'PENDING' | 'FINISHED' | 'FAILED';
	/** The status as ClickMeeting spelled it. */
	rawStatus: string;
	progress: number | null;
	/** An http(s) URL; set when FINISHED. */
	url: string | null;
	/** Set when FAILED: what happened, and what to do. */
	problem?: { message: string; description: string };
}

/** 'IN PROGRESS', 'IN_PROGRESS' and 'in-progress' all become 'IN_PROGRESS'. */
export function reportStatus(report: IDataObject): string {
	return String(report.status ?? '')
		.trim()
		.toUpperCase()
		.replace(/[\s_-]+/g, '_');
}

export function describeReport(target: ReportTarget): string {
	return `the PDF report of session ${target.sessionId} in room ${target.roomId} (language "${target.lang}")`;
}

/** The file name of a downloaded report, in the action and the trigger. */
export function reportFileName(target: ReportTarget): string {
	return `clickmeeting-${target.roomId}-${target.sessionId}-${target.lang}.pdf`;
}

function httpUrl(value: unknown): string | null {
	if (typeof value !== 'string' || !value.trim()) return null;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/**
 * Reads an answer. A FINISHED report without an http(s) URL is a failure: ClickMeeting made the
 * report once and answers the same for it from then on, so asking again would not bring a URL.
 */
export function readReport(answer: IDataObject, target: ReportTarget): ReportReading {
	const rawStatus = String(answer?.status ?? '').trim();
	const status = reportStatus(answer ?? {});
	const progress = typeof answer?.progress === 'number' ? answer.progress : null;
	const reading: ReportReading = { outcome: 'PENDING', rawStatus, progress, url: null };
	if (status === 'FAILED') {
		reading.outcome = 'FAILED';
		reading.problem = {
			message: `ClickMeeting could not generate ${describeReport(target)}: status FAILED`,
			description:
				'Generating the report failed on the ClickMeeting side. Try again later, or in another language.',
		};
	} else if (status === 'FINISHED') {
		reading.url = httpUrl(answer.url);
		reading.outcome = reading.url ? 'FINISHED' : 'FAILED';
		if (!reading.url) {
			const given = typeof answer.url === 'string' && answer.url ? `"${answer.url}"` : 'none';
			reading.problem = {
				message: `ClickMeeting reports ${describeReport(target)} as FINISHED but gives no http(s) URL to download it (URL: ${given})`,
				description:
					'Download the report from the session in the ClickMeeting panel, or generate it in another language. If this repeats, tell ClickMeeting support.',
			};
		}
	}
	return reading;
}

function goneHint(target: ReportTarget): string {
	return `Session ${target.sessionId} is not a session of room ${target.roomId}, or one of them was deleted. Pick the session from the list, which shows the chosen room's sessions.`;
}

const isNotFound = (error: unknown): error is NodeApiError =>
	error instanceof NodeApiError && error.httpCode === '404';

/**
 * GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang: starts the report, or says
 * how far it is (one request). A 404 says which room and session were asked for.
 */
export async function requestReport(
	this: ReportContext,
	target: ReportTarget,
	itemIndex?: number,
): Promise<IDataObject> {
	try {
		const answer = await apiRequest.call(this, {
			method: 'GET',
			endpoint: path`/conferences/${target.roomId}/sessions/${target.sessionId}/generate-pdf/${target.lang}`,
			itemIndex,
		});
		return (answer ?? {}) as IDataObject;
	} catch (error) {
		if (isNotFound(error)) error.description = goneHint(target);
		throw itemError(this.getNode(), error, itemIndex);
	}
}

/**
 * Asks for a report and reads the answer (one request). A 404 is a FAILED reading: the room or
 * the session is gone, so the report can never finish (the trigger emits it once as failed).
 */
export async function checkReport(
	this: ReportContext,
	target: ReportTarget,
): Promise<ReportReading> {
	try {
		return readReport(await requestReport.call(this, target), target);
	} catch (error) {
		if (isNotFound(error)) {
			const problem = { message: error.message, description: goneHint(target) };
			return { outcome: 'FAILED', rawStatus: 'NOT_FOUND', progress: null, url: null, problem };
		}
		throw itemError(this.getNode(), error, undefined);
	}
}

/** The error of a FAILED reading, naming the item. */
export function reportError(
	ctx: ReportContext,
	reading: ReportReading,
	itemIndex?: number,
): NodeOperationError {
	const problem = reading.problem ?? { message: 'The PDF report failed', description: '' };
	return new NodeOperationError(ctx.getNode(), problem.message, {
		itemIndex,
		description: problem.description,
	});
}

/**
 * Downloads a finished report (GET on its own URL), streamed into n8n's binary data under the
 * transport's deadline and retries. The API key goes only to the Base URL's origin: a URL or a
 * redirect to another host is fetched without it.
 */
export async function downloadReport(
	this: ReportContext,
	target: ReportTarget,
	url: string,
	itemIndex?: number,
): Promise<IBinaryData> {
	const link = new URL(url);
	return (await apiRequestDownload.call(
		this,
		// the endpoint names the file in errors, without a query that may carry a signature
		{ url: link.href, endpoint: `${link.origin}${link.pathname}`, itemIndex },
		async ({ body }) =>
			await this.helpers.prepareBinaryData(
				body as never,
				reportFileName(target),
				'application/pdf',
			),
	)) as IBinaryData;
}
