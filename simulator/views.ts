/** Serializers: state records -> the JSON shapes of the API reference. */
import { isoInZone, offsetSeconds, sqlDateUtc, chatTimeInZone, dateInZone } from './time';
import type {
	AccessToken,
	Attendee,
	Chat,
	FileEntry,
	PdfReport,
	Recording,
	Registration,
	Room,
	Session,
	SimulatorState,
} from './state';
import { ROOM_HOST } from './state';

export type RoomVariant = 'list' | 'get' | 'create' | 'update';

export function roomUrl(room: Room): string {
	return `${ROOM_HOST}/${room.name_url}`;
}

export function roomView(state: SimulatorState, room: Room, variant: RoomVariant): Record<string, unknown> {
	const tz = room.timezone;
	const view: Record<string, unknown> = {
		embed_room_url: `http://embed.sim.clickmeeting.test/embed_conference.html?r=${1416980000 + room.id}`,
		status: room.status,
		access_type: room.access_type,
		room_type: room.room_type,
		name_url: room.name_url,
		updated_at: isoInZone(room.updated_at, tz),
		lobby_description: room.lobby_description,
		room_pin: room.room_pin,
		phone_presenter_pin: room.phone_presenter_pin,
		phone_listener_pin: room.phone_listener_pin,
	};
	if (!room.permanent_room) view.ends_at = isoInZone(room.ends_at, tz);
	Object.assign(view, {
		name: room.name,
		// the reference: "1" (string) in lists, get and create; 1 (number) in update answers
		lobby_enabled: variant === 'update' ? (room.lobby_enabled ? 1 : 0) : room.lobby_enabled ? '1' : '0',
		id: room.id,
		room_url: roomUrl(room),
		timezone: tz,
		registration_enabled: room.registration_enabled ? 1 : 0,
		timezone_offset: offsetSeconds(Date.now(), tz),
		access_role_hashes: state.roleHashes(room),
		created_at: isoInZone(room.created_at, tz),
	});
	if (variant === 'update') view.ccc = sqlDateUtc(room.created_at);
	if (!room.permanent_room) view.starts_at = isoInZone(room.starts_at, tz);
	Object.assign(view, {
		recorder_list: room.recorder_list.slice(),
		widgets_hash: room.widgets_hash,
		permanent_room: room.permanent_room,
		settings: { ...room.settings },
	});
	if (room.skin_id !== null) view.skin_id = room.skin_id;
	if (room.registration_enabled) view.registration_template = room.registration_template;
	return view;
}

function tzOf(state: SimulatorState, roomId: number): string {
	return state.rooms.get(roomId)?.timezone ?? 'UTC';
}

export function sessionListView(state: SimulatorState, s: Session): Record<string, unknown> {
	const tz = tzOf(state, s.room_id);
	return {
		max_visitors: s.max_visitors,
		id: s.id,
		start_date: isoInZone(s.start_date, tz),
		end_date: isoInZone(s.end_date, tz),
		total_visitors: s.attendees.length,
	};
}

export const PDF_LANGS = ['en', 'pl'];

export function pdfStatus(
	report: PdfReport | undefined,
	steps: number,
	spelling: string,
): { status: string; progress: number } {
	if (!report || report.calls === 0) return report?.failed ? { status: 'FAILED', progress: 0 } : { status: 'NEW', progress: 0 };
	const n = report.calls;
	const progress = n <= 1 ? 0 : n - 1 <= steps ? Math.min(99, Math.round(((n - 1) * 100) / (steps + 1))) : 100;
	if (report.failed) return { status: 'FAILED', progress: progress === 100 ? 0 : progress };
	if (n === 1) return { status: 'NEW', progress: 0 };
	if (n - 1 <= steps) return { status: spelling, progress };
	return { status: 'FINISHED', progress: 100 };
}

export function sessionView(
	state: SimulatorState,
	s: Session,
	apiBase: string,
	steps: number,
	spelling: string,
): Record<string, unknown> {
	const tz = tzOf(state, s.room_id);
	const langs = new Set(PDF_LANGS);
	for (const r of state.pdfReports.values()) if (r.session_id === s.id) langs.add(r.lang);
	const pdf: Record<string, unknown> = {};
	for (const lang of langs) {
		const report = state.pdfReports.get(`${s.room_id}:${s.id}:${lang}`);
		pdf[lang] = {
			generate_pdf_url: `${apiBase}/conferences/${s.room_id}/sessions/${s.id}/generate-pdf/${lang}`,
			progress: report ? pdfStatus(report, steps, spelling).progress : 0,
		};
	}
	return {
		id: s.id,
		max_visitors: s.max_visitors,
		attendees: s.attendees.map((a) => ({
			id: a.id,
			start_date: isoInZone(a.start_date, tz),
			email: a.email,
			end_date: isoInZone(a.end_date, tz),
			login: a.nickname,
		})),
		start_date: isoInZone(s.start_date, tz),
		pdf,
		end_date: isoInZone(s.end_date, tz),
		total_visitors: s.attendees.length,
	};
}

export function attendeeView(a: Attendee): Record<string, unknown> {
	const v: Record<string, unknown> = {
		device: a.device,
		uid: a.uid,
		rating: a.rating,
		nickname: a.nickname,
		role: a.role,
		rating_comment: a.rating_comment,
		email: a.email,
	};
	if (a.polls) v.polls = a.polls.map((p) => ({ questions: p.questions.map((q) => ({ question: q.question, answers: q.answers.map((x) => ({ ...x })) })), name: p.name }));
	return v;
}

export function registrationView(state: SimulatorState, r: Registration): Record<string, unknown> {
	return {
		registration_date: isoInZone(r.registration_date, tzOf(state, r.room_id)),
		registration_confirmed: r.registration_confirmed,
		fields: { ...r.fields },
		id: r.id,
		session_id: r.session_id,
		email: r.email,
		visitor_nickname: r.visitor_nickname,
	};
}

export function tokenView(t: AccessToken, tz: string): Record<string, unknown> {
	return {
		token: t.token,
		sent_to_email: t.sent_to_email,
		first_use_date: t.first_use_date === null ? null : isoInZone(t.first_use_date, tz),
	};
}

export function fileView(f: FileEntry, apiBase: string): Record<string, unknown> {
	return {
		status: f.status,
		url: `${apiBase}/file-library/${f.id}/download`,
		document_type: f.document_type,
		id: f.id,
		conversion_progress: f.conversion_progress,
		status_message: f.status_message,
		name: f.name,
		upload_date: sqlDateUtc(f.upload_date),
	};
}

export function recordingView(r: Recording): Record<string, unknown> {
	return {
		id: r.id,
		recording_duration: r.recording_duration,
		recorder_started: sqlDateUtc(r.recorder_started),
		recording_file_size: r.recording_file_size,
		recording_url: r.recording_url,
	};
}

export function chatListView(state: SimulatorState, c: Chat, apiBase: string): Record<string, unknown> {
	const room = state.rooms.get(c.room_id);
	const session = state.sessions.get(c.session_id);
	const tz = room?.timezone ?? 'UTC';
	const start = session?.start_date ?? c.messages[0]?.time ?? Date.now();
	return {
		time: chatTimeInZone(start, tz),
		id: c.session_id,
		download_link: `${apiBase}/chats/${c.session_id}`,
		timezone: tz,
		date: dateInZone(start, tz),
		name: room?.name ?? '',
	};
}

function escHtml(s: string): string {
	return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

export function chatHtml(state: SimulatorState, c: Chat): string {
	const room = state.rooms.get(c.room_id);
	const tz = room?.timezone ?? 'UTC';
	const lines = c.messages
		.map((m) => `<p><span class="time">${escHtml(isoInZone(m.time, tz).slice(11, 19))}</span> <b>${escHtml(m.nickname)}</b>: ${escHtml(m.message)}</p>`)
		.join('\n');
	return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Chat - ${escHtml(room?.name ?? '')} - session ${c.session_id}</title></head>\n<body>\n<h1>${escHtml(room?.name ?? '')}</h1>\n${lines}\n</body></html>\n`;
}
