import { readReport, reportStatus } from '../../nodes/ClickMeeting/helpers/pdfReport';

const target = { roomId: 12, sessionId: 34, lang: 'en' };

describe('PDF report status', () => {
	it('reads both spellings of the in-progress status as one', () => {
		expect(reportStatus({ status: 'IN PROGRESS' })).toBe('IN_PROGRESS');
		expect(reportStatus({ status: 'IN_PROGRESS' })).toBe('IN_PROGRESS');
		expect(reportStatus({ status: 'finished' })).toBe('FINISHED');
	});

	it.each([
		[{ status: 'NEW', progress: 0 }, 'PENDING', null],
		[{ status: 'IN PROGRESS', progress: 0 }, 'PENDING', null],
		[{ status: 'IN_PROGRESS', progress: 0 }, 'PENDING', null],
		[
			{ status: 'FINISHED', progress: 100, url: 'http://h.example/p.pdf' },
			'FINISHED',
			'http://h.example/p.pdf',
		],
		[
			{ status: ' finished ', url: 'https://h.example/p.pdf' },
			'FINISHED',
			'https://h.example/p.pdf',
		],
		[{ status: 'FINISHED', progress: 100 }, 'FAILED', null],
		[{ status: 'FINISHED', url: 'javascript:alert(1)' }, 'FAILED', null],
		[{ status: 'FINISHED', url: 'not a url' }, 'FAILED', null],
		[{ status: 'FAILED' }, 'FAILED', null],
		[{}, 'PENDING', null],
	])('%j is %s', (answer, outcome, url) => {
		const reading = readReport(answer, target);
		expect(reading.outcome).toBe(outcome);
		expect(reading.url).toBe(url);
		expect(reading.problem !== undefined).toBe(outcome === 'FAILED');
		if (reading.problem) {
			expect(reading.problem.message).toContain('session 34 in room 12 (language "en")');
			expect(reading.problem.description.length).toBeGreaterThan(20);
		}
	});
});
