import type { IExecuteFunctions, INode } from 'n8n-workflow';

import { reportStatus, waitForReport } from '../../nodes/ClickMeeting/helpers/pdfReport';

const NODE: INode = {
	id: 'n',
	name: 'ClickMeeting',
	type: 'n8n-nodes-clickmeeting.clickMeeting',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** An execute context whose API always answers the given PDF status; the test can cancel it. */
function fakeContext(status: string) {
	const controller = new AbortController();
	const request = jest.fn(async () => ({
		statusCode: 200,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ status, progress: 10 }),
	}));
	const ctx = {
		getNode: () => NODE,
		getInputData: () => [{ json: {} }],
		getNodeParameter: (_name: string, _index: number, fallback: unknown) => fallback,
		getCredentials: async () => ({ apiKey: 'k-123456', baseUrl: 'http://127.0.0.1:9/v1' }),
		getExecutionCancelSignal: () => controller.signal,
		helpers: { httpRequestWithAuthentication: request },
	} as unknown as IExecuteFunctions;
	return { ctx, controller, request };
}

describe('PDF report waiting', () => {
	it('reads both spellings of the in-progress status as one', () => {
		expect(reportStatus({ status: 'IN PROGRESS' })).toBe('IN_PROGRESS');
		expect(reportStatus({ status: 'IN_PROGRESS' })).toBe('IN_PROGRESS');
		expect(reportStatus({ status: 'finished' })).toBe('FINISHED');
	});

	it('stops waiting as soon as the execution is cancelled', async () => {
		const { ctx, controller, request } = fakeContext('IN PROGRESS');
		const target = { roomId: 1, sessionId: 2, lang: 'en' };
		setTimeout(() => controller.abort(), 100);
		const started = Date.now();

		await expect(
			waitForReport.call(ctx, 0, target, { intervalMs: 60_000, timeoutMs: 600_000 }),
		).rejects.toThrow('The execution was cancelled while waiting for the PDF report');
		expect(Date.now() - started).toBeLessThan(2_000);
		expect(request).toHaveBeenCalledTimes(1);
		expect(request.mock.calls[0]).toEqual([
			'clickMeetingApi',
			expect.objectContaining({ method: 'GET', url: 'http://127.0.0.1:9/v1/conferences/1/sessions/2/generate-pdf/en' }),
		]);
	});
});
