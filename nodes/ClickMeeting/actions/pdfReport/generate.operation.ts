import type { IExecuteFunctions } from 'n8n-workflow';

import { collection } from '../fields';

import { roomRLC, sessionRLC } from '../common.descriptions';
import { invalid } from '../../helpers/checks';
import { getLanguage } from '../../helpers/languages';
import type { ReportTarget } from '../../helpers/pdfReport';
import { downloadReport, requestReport } from '../../helpers/pdfReport';
import { getRoomId } from '../../helpers/room';
import { readSessionId } from '../../helpers/session';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { languageField } from './language.description';
import { waitForReport } from './wait';

export const description = operationFields('pdfReport', 'generate', [
	roomRLC,
	sessionRLC,
	{ ...languageField('language', 'Language', 'The language of the report'), required: true },
	collection('options', [
		{
			displayName: 'Download',
			name: 'download',
			type: 'boolean',
			default: false,
			description:
				'Whether to download the finished PDF into a binary field of the output item. Waits for the report to finish.',
		},
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollInterval',
			type: 'number',
			typeOptions: { minValue: 0.01, numberPrecision: 2 },
			default: 5,
			description: 'How long to wait between two checks of the report status while waiting',
		},
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			hint: 'The name of the output binary field to put the PDF in',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 0.01, numberPrecision: 2 },
			default: 300,
			description: 'How long to wait in all for the report to finish before the item fails',
		},
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: false,
			description:
				'Whether to check the report again until it is finished (or failed) instead of returning its first status',
		},
	]),
]);

interface Options {
	download?: boolean;
	pollInterval?: number;
	binaryPropertyName?: string;
	timeout?: number;
	waitForCompletion?: boolean;
}

function positiveSeconds(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): number {
	const seconds = Number(value);
	if (!Number.isFinite(seconds) || seconds <= 0)
		throw invalid(
			this,
			itemIndex,
			fieldName,
			`must be a positive number of seconds, got "${String(value)}"`,
		);
	return seconds;
}

/**
 * GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang — one request; with Wait for
 * Completion (or Download) again every Poll Interval until FINISHED or FAILED, then the finished
 * PDF into a binary field. The session is not looked up first: a session that is not the room's
 * is ClickMeeting's 404, which says so.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const options = this.getNodeParameter('options', itemIndex, {}) as Options;
	const lang = getLanguage.call(this, itemIndex, 'language', 'Language');
	const wait = Boolean(options.waitForCompletion || options.download);
	const intervalMs = wait
		? positiveSeconds.call(this, itemIndex, options.pollInterval ?? 5, 'Poll Interval (Seconds)') *
			1000
		: 0;
	const timeoutMs = wait
		? positiveSeconds.call(this, itemIndex, options.timeout ?? 300, 'Timeout (Seconds)') * 1000
		: 0;
	const binaryPropertyName = String(options.binaryPropertyName ?? 'data').trim();
	if (options.download && !binaryPropertyName)
		throw invalid(this, itemIndex, 'Put Output File in Field', 'is empty');
	const sessionId = readSessionId.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const target: ReportTarget = { roomId, sessionId, lang };

	if (!wait) return [{ json: await requestReport.call(this, target, itemIndex) }];
	const { answer, reading } = await waitForReport.call(this, itemIndex, target, {
		intervalMs,
		timeoutMs,
	});
	if (!options.download || !reading.url) return [{ json: answer }];
	const binary = await downloadReport.call(this, target, reading.url, itemIndex);
	return [{ json: answer, binary: { [binaryPropertyName]: binary } }];
};
