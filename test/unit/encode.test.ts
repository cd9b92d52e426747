import { toFormUrlEncoded, toMultipart } from '../../nodes/ClickMeeting/transport/encode';
import { backoffMs, parseRetryAfter, path } from '../../nodes/ClickMeeting/transport';

describe('transport encoding', () => {
	it('encodes nested objects and arrays with the bracket keys ClickMeeting reads', () => {
		const body = toFormUrlEncoded({
			name: 'Q&A webinar',
			permanent_room: false,
			settings: { show_on_personal_page: true, thank_you_page_url: 'https://x.test/?a=1' },
			registration: { enabled: true, template: 2 },
			attendees: [{ email: 'a@b.c' }, { email: 'd@e.f' }],
			skipped: undefined,
		});

		expect(body.split('&')).toEqual([
			'name=Q%26A%20webinar',
			'permanent_room=0',
			'settings[show_on_personal_page]=1',
			'settings[thank_you_page_url]=https%3A%2F%2Fx.test%2F%3Fa%3D1',
			'registration[enabled]=1',
			'registration[template]=2',
			'attendees[0][email]=a%40b.c',
			'attendees[1][email]=d%40e.f',
		]);
		expect(new URLSearchParams(body).get('attendees[1][email]')).toBe('d@e.f');
	});

	it('builds a multipart body that carries the bytes unchanged', () => {
		const data = Buffer.from([0, 255, 13, 10, 45, 45, 1, 2]);
		const { body, contentType } = toMultipart(
			{ field: 'uploaded', fileName: 'deck "v2".pdf', mimeType: 'application/pdf', data },
			'BOUNDARY',
		);

		expect(contentType).toBe('multipart/form-data; boundary=BOUNDARY');
		const text = body.toString('latin1');
		expect(text).toContain('name="uploaded"; filename="deck _v2_.pdf"');
		expect(text).toContain('Content-Type: application/pdf');
		const start = body.indexOf('\r\n\r\n') + 4;
		expect(body.subarray(start, start + data.length)).toEqual(data);
		expect(text.endsWith('\r\n--BOUNDARY--\r\n')).toBe(true);
	});

	it('encodes path parameters', () => {
		expect(path`/conferences/${'12/../x'}/sessions/${7}`).toBe(
			'/conferences/12%2F..%2Fx/sessions/7',
		);
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		expect(parseRetryAfter('3')).toBe(3000);
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(parseRetryAfter(undefined)).toBeUndefined();
	});

	it('backs off exponentially within the cap', () => {
		for (let attempt = 1; attempt <= 8; attempt++) {
			const wait = backoffMs(attempt, 4000);
			const step = Math.min(4000, 500 * 2 ** (attempt - 1));
			expect(wait).toBeGreaterThanOrEqual(step / 2);
			expect(wait).toBeLessThanOrEqual(step);
		}
	});
});
