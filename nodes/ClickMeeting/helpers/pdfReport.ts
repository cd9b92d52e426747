import type { IBinaryData, IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { apiRequest, apiRequestDownload, path } from '../transport';

export interface ReportTarget {
	roomId: number;
	sessionId: number;
	lang: string;
}

export interface WaitSettings {
	intervalMs: number;
	timeoutMs: number;
}

/** 'IN PROGRESS', 'IN_PROGRESS' and 'in-progress' all become 'IN_PROGRESS'. */
export function reportStatus(report: IDataObject): string {
	return String(report.status ?? '')
		.trim()
		.toUpperCase()
		.replace(/[\s_-]+/g, '_');
}

function describe(target: ReportTarget): string {
	return `the PDF report of session ${target.sessionId} in room ${target.roomId} (language "${target.lang}")`;
}

/** GET /conferences/:room/sessions/:session/generate-pdf/:lang: starts or checks a report. */
export async function requestReport(
	this: IExecuteFunctions,
	itemIndex: number,
	target: ReportTarget,
): Promise<IDataObject> {
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${target.roomId}/sessions/${target.sessionId}/generate-pdf/${target.lang}`,
		itemIndex,
	});
	return (answer ?? {}) as IDataObject;
}

/** Waits `ms`, in short steps so that a cancelled execution stops waiting at once. */
async function pause(this: IExecuteFunctions, itemIndex: number, ms: number): Promise<void> {
	const deadline = Date.now() + ms;
	for (;;) {
		if (this.getExecutionCancelSignal()?.aborted) {
			throw new NodeOperationError(
				this.getNode(),
				'The execution was cancelled while waiting for the PDF report',
				{
					itemIndex,
				},
			);
		}
		const left = deadline - Date.now();
		if (left <= 0) return;
		await sleep(Math.min(left, 200));
	}
}

/**
 * Asks for the report until it is FINISHED (returned) or FAILED (an error), waiting
 * `intervalMs` between requests; an error when it is not finished within `timeoutMs`.
 */
export async function waitForReport(
	this: IExecuteFunctions,
	itemIndex: number,
	target: ReportTarget,
	wait: WaitSettings,
): Promise<IDataObject> {
	const started = Date.now();
	let report = await requestReport.call(this, itemIndex, target);
	for (;;) {
		const status = reportStatus(report);
		if (status === 'FINISHED') return report;
		if (status === 'FAILED') {
			throw new NodeOperationError(
				this.getNode(),
				`ClickMeeting could not generate ${describe(target)}: status FAILED`,
				{
					itemIndex,
					description:
						'Generating the report failed on the ClickMeeting side. Try again later, or in another language.',
				},
			);
		}
		const left = wait.timeoutMs - (Date.now() - started);
		if (left <= 0) {
			throw new NodeOperationError(
				this.getNode(),
				`Timed out after ${wait.timeoutMs / 1000} seconds waiting for ${describe(target)}: last status "${String(report.status)}", progress ${String(report.progress ?? 0)}%`,
				{
					itemIndex,
					description:
						'ClickMeeting keeps generating the report. Raise the Timeout option, or run the node again later.',
				},
			);
		}
		await pause.call(this, itemIndex, Math.min(wait.intervalMs, left));
		report = await requestReport.call(this, itemIndex, target);
	}
}

/**
 * Downloads a finished report (GET on the report's own URL), streamed into n8n's binary data.
 * The transport sends the API key only when the URL has the Base URL's origin, follows a
 * redirect to the file host without it, and applies the same deadline and retries.
 */
export async function downloadReport(
	this: IExecuteFunctions,
	itemIndex: number,
	url: string,
	fileName: string,
): Promise<IBinaryData> {
	let target: URL;
	try {
		target = new URL(url);
	} catch {
		throw new NodeOperationError(
			this.getNode(),
			`The finished PDF report has no valid URL: "${url}"`,
			{ itemIndex },
		);
	}
	if (target.protocol !== 'https:' && target.protocol !== 'http:') {
		throw new NodeOperationError(
			this.getNode(),
			`The finished PDF report's URL is not http(s): "${target.protocol}"`,
			{ itemIndex },
		);
	}
	return (await apiRequestDownload.call(
		this,
		{
			url: target.href,
			endpoint: `${target.origin}${target.pathname}`,
			itemIndex,
			settings: { timeoutMs: 120_000 },
		},
		async ({ body }) =>
			await this.helpers.prepareBinaryData(body as never, fileName, 'application/pdf'),
	)) as IBinaryData;
}
