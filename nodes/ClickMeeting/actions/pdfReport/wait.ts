import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ReportReading, ReportTarget } from '../../helpers/pdfReport';
import { describeReport, readReport, reportError, requestReport } from '../../helpers/pdfReport';
import { abortableSleep } from '../../transport';

export interface WaitSettings {
	intervalMs: number;
	timeoutMs: number;
}

/**
 * Asks for the report until it is FINISHED (returned with its reading) or FAILED (an error),
 * waiting `intervalMs` between requests with the transport's abort-aware sleep; an error when it
 * is not finished within `timeoutMs`.
 */
export async function waitForReport(
	this: IExecuteFunctions,
	itemIndex: number,
	target: ReportTarget,
	wait: WaitSettings,
): Promise<{ answer: IDataObject; reading: ReportReading }> {
	const started = Date.now();
	for (;;) {
		const answer = await requestReport.call(this, target, itemIndex);
		const reading = readReport(answer, target);
		if (reading.outcome === 'FINISHED') return { answer, reading };
		if (reading.outcome === 'FAILED') throw reportError(this, reading, itemIndex);
		const left = wait.timeoutMs - (Date.now() - started);
		if (left <= 0) {
			throw new NodeOperationError(
				this.getNode(),
				`Timed out after ${wait.timeoutMs / 1000} seconds waiting for ${describeReport(target)}: ClickMeeting still reports it as ${reading.rawStatus || 'not started'}`,
				{
					itemIndex,
					description:
						'ClickMeeting is still generating the report (it gives no progress while it does). Raise the Timeout option, or run the node again later: the report goes on being generated, and asking again returns it once it is finished.',
				},
			);
		}
		await abortableSleep(this, Math.min(wait.intervalMs, left));
		if (this.getExecutionCancelSignal()?.aborted) {
			throw new NodeOperationError(
				this.getNode(),
				'The execution was cancelled while waiting for the PDF report',
				{ itemIndex },
			);
		}
	}
}
