/** Serializers: state records -> the JSON shapes of the API reference. */
import { chatTimeInZone, dateInZone, isoInZone, offsetSeconds, sqlDateUtc } from './time';
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
import { ROOM_HOST } from './seed';

export type RoomVariant = 'list' | 'get' | 'create' | 'update';

export function roomUrl(room: Room): string {
	return `${ROOM_HOST}/${room.name_url}`;
}

export function roomView(
	state: SimulatorState,
	room: Room,
	variant: RoomVariant,
): Record<string, unknown> {
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
	void variant;
	Object.assign(view, {
		name: room.name,
		// recorded answers: JSON true/false in lists, get, create and update (the reference shows "1" and 1)
		lobby_enabled: room.lobby_enabled,
		id: room.id,
		room_url: roomUrl(room),
		timezone: tz,
		registration_enabled: room.registration_enabled ? 1 : 0,
		timezone_offset: offsetSeconds(Date.now(), tz),
		access_role_hashes: state.roleHashes(room),
		created_at: isoInZone(room.created_at, tz),
	});
	if (!room.permanent_room) {
		// recorded answers: "ccc" is the start in UTC, 'YYYY-mm-dd HH:ii:ss', on every scheduled room
		view.ccc = sqlDateUtc(room.starts_at);
		view.starts_at = isoInZone(room.starts_at, tz);
	}
	Object.assign(view, {
		recorder_list: room.recorder_list.slice(),
		widgets_hash: room.widgets_hash,
		permanent_room: room.permanent_room,
		settings: { ...room.settings },
		autologin_hashes: { host: room.autologin_hash },
		autologin_hash: room.autologin_hash,
		paid_enabled: room.paid_enabled,
		automated_enabled: room.automated_enabled,
		type: room.room_type,
		description: room.description,
		parent_id: room.parent_id,
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

/** The languages of a session's `pdf` map (recorded answers). */
export const PDF_LANGS = ['en', 'pl', 'ru', 'de', 'es'];

export function pdfStatus(
	report: PdfReport | undefined,
	steps: number,
	spelling: string,
): { status: string; progress: number } {
	if (!report || report.calls === 0)
		return report?.failed ? { status: 'FAILED', progress: 0 } : { status: 'NEW', progress: 0 };
	const n = report.calls;
	// recorded answers: progress stays 0 until the report is FINISHED
	if (report.failed) return { status: 'FAILED', progress: 0 };
	if (n === 1) return { status: 'NEW', progress: 0 };
	if (n - 1 <= steps) return { status: spelling, progress: 0 };
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
	const origin = apiBase.replace(/\/v1$/, '');
	for (const lang of langs) {
		const report = state.pdfReports.get(`${s.room_id}:${s.id}:${lang}`);
		if (report && report.calls > 0) {
			// recorded answers: a requested report shows {status, url, progress}
			const st = pdfStatus(report, steps, spelling);
			pdf[lang] = {
				status: st.status,
				url: `${origin}/panel/pdf/${lang}/${s.id}/${report.code}`,
				progress: st.progress,
			};
		} else {
			pdf[lang] = {
				generate_pdf_url: `${apiBase}/conferences/${s.room_id}/sessions/${s.id}/generate-pdf/${lang}`,
				progress: 0,
			};
		}
	}
	// recorded answers: the session detail has no "id"
	return {
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

export function attendeeView(a: Attendee, tz: string): Record<string, unknown> {
	const v: Record<string, unknown> = {
		device: a.device,
		uid: a.uid,
		rating: a.rating,
		nickname: a.nickname,
		role: a.role,
		rating_comment: a.rating_comment,
		email: a.email,
		start_date: isoInZone(a.start_date, tz),
		end_date: isoInZone(a.end_date, tz),
		user_ip: a.user_ip,
	};
	if (a.polls)
		v.polls = a.polls.map((p) => ({
			questions: p.questions.map((q) => ({
				question: q.question,
				answers: q.answers.map((x) => ({ ...x })),
			})),
			name: p.name,
		}));
	return v;
}

/** The personal join link of a registration: `<room_url>?r=<code>` (recorded answers). */
export function registrationUrl(room: Room | undefined, r: Registration): string {
	return `${room ? roomUrl(room) : ROOM_HOST}?r=${r.code}`;
}

export function registrationView(state: SimulatorState, r: Registration): Record<string, unknown> {
	const tz = tzOf(state, r.room_id);
	return {
		registration_date: isoInZone(r.registration_date, tz),
		// recorded answers: the string "null", or the ISO date of the confirmation
		registration_confirmed:
			r.registration_confirmed === null ? 'null' : isoInZone(r.registration_confirmed, tz),
		fields: { ...r.fields },
		id: r.id,
		session_id: r.session_id,
		email: r.email,
		visitor_nickname: r.visitor_nickname,
		url: registrationUrl(state.rooms.get(r.room_id), r),
		r: r.code,
		http_referer: r.http_referer,
		geo: { ...r.geo },
	};
}

export function tokenView(t: AccessToken, tz: string): Record<string, unknown> {
	return {
		token: t.token,
		sent_to_email: t.sent_to_email,
		first_use_date: t.first_use_date === null ? null : isoInZone(t.first_use_date, tz),
	};
}

/**
 * A file. In a room's file list (`roomList`) the recorded answers give a signed CDN link as `url`
 * and add `created_at`; elsewhere `url` is the API's download endpoint.
 */
export function fileView(f: FileEntry, apiBase: string, roomList = false): Record<string, unknown> {
	const ext = /\.([A-Za-z0-9]{1,8})$/.exec(f.name)?.[1]?.toLowerCase() ?? 'bin';
	const view: Record<string, unknown> = {
		status: f.status,
		url: roomList
			? `http://files.sim.clickmeeting.test/download/${f.id}/${f.upload_date}.${ext}?st=${f.cdn_token}&e=${Math.floor(f.upload_date / 1000) + 86400}`
			: `${apiBase}/file-library/${f.id}/download`,
		document_type: f.document_type,
		id: f.id,
		conversion_progress: f.conversion_progress,
		status_message: f.status_message,
		name: f.name,
		upload_date: sqlDateUtc(f.upload_date),
	};
	if (roomList) view.created_at = isoInZone(f.created_at, 'UTC');
	return view;
}

export function recordingView(r: Recording): Record<string, unknown> {
	return {
		id: r.id,
		recording_duration: r.recording_duration,
		recorder_started: sqlDateUtc(r.recorder_started),
		// recorded answers: ISO with +00:00, the size as a string, a name since 2023
		recorder_start_date: isoInZone(r.recorder_started, 'UTC'),
		recording_file_size: String(r.recording_file_size),
		recording_url: r.recording_url,
		recording_name: r.recording_name,
	};
}

export function chatListView(
	state: SimulatorState,
	c: Chat,
	apiBase: string,
): Record<string, unknown> {
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
