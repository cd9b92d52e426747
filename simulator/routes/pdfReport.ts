/**
 * PDF reports per room, session and language: NEW, `pdfSteps` x IN PROGRESS, then FINISHED with a
 * URL under /panel/pdf/ that serves a real PDF without an API key.
 */
import { randomCode } from '../content';
import { MSG, invalid, notFound } from '../errors';
import { buildPdf } from '../pdf';
import type { SimulatorState } from '../state';
import { pdfStatus } from '../views';
import { LANG_RE } from './input';
import { Answer, Ctx, ok, roomOf, route, sessionOf } from './route';

function generatePdf(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	const session = sessionOf(c, room);
	const lang = c.params.lang;
	if (!LANG_RE.test(lang)) throw invalid([{ name: 'lang', message: MSG.lang }]);
	const key = `${room.id}:${session.id}:${lang}`;
	let report = state.pdfReports.get(key);
	if (!report) {
		report = {
			room_id: room.id,
			session_id: session.id,
			lang,
			calls: 0,
			failed: false,
			code: randomCode(5),
		};
		state.pdfReports.set(key, report);
	}
	report.calls++;
	const st = pdfStatus(report, c.host.options.pdfSteps, c.host.options.pdfInProgressSpelling);
	const out: Record<string, unknown> = { status: st.status, progress: st.progress };
	if (st.status === 'FINISHED')
		out.url = `${c.origin}/panel/pdf/${lang}/${session.id}/${report.code}`;
	return ok(out);
}

export const pdfReportRoutes = [
	route('GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang', generatePdf),
];

/** The finished report's URL (outside /v1, no API key). */
export const pdfFileRoute = route('GET /panel/pdf/:lang/:session_id/:code', (c) => {
	const { lang, session_id, code } = c.params;
	const bytes = servePdf(c.host.state, lang, Number(session_id), code);
	if (!bytes) throw notFound('report', 'PDF report not found.');
	return {
		status: 200,
		raw: bytes,
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="report_${session_id}_${lang}.pdf"`,
		},
	};
});

/** The bytes of a finished report, or undefined when there is none (or it failed). */
export function servePdf(
	state: SimulatorState,
	lang: string,
	sessionId: number,
	code: string,
): Buffer | undefined {
	const report = [...state.pdfReports.values()].find(
		(r) => r.session_id === sessionId && r.lang === lang && r.code === code,
	);
	if (!report || report.failed) return undefined;
	const session = state.sessions.get(sessionId);
	const room = state.rooms.get(report.room_id);
	const lines = [
		`Session report - ${room?.name ?? 'room ' + report.room_id}`,
		`Session ${sessionId}, language ${lang}`,
		`Attendees: ${session?.attendees.length ?? 0}`,
		...(session?.attendees ?? [])
			.slice(0, 25)
			.map((a) => `${a.nickname} <${a.email}> (${a.role}), rating ${a.rating}`),
	];
	return buildPdf(lines);
}
