import { reportStatus } from '../../nodes/ClickMeeting/helpers/pdfReport';

describe('PDF report status', () => {
	it('reads both spellings of the in-progress status as one', () => {
		expect(reportStatus({ status: 'IN PROGRESS' })).toBe('IN_PROGRESS');
		expect(reportStatus({ status: 'IN_PROGRESS' })).toBe('IN_PROGRESS');
		expect(reportStatus({ status: 'finished' })).toBe('FINISHED');
	});
});
