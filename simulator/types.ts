/** The simulator's records (dates as epoch milliseconds, formatted when answering) and inputs. */
export type RoomType = 'meeting' | 'webinar';
export type AccessType = 1 | 2 | 3;
export type RoomStatus = 'active' | 'inactive';

export interface RoomSettings {
	show_on_personal_page: boolean;
	thank_you_emails_enabled: boolean;
	connection_tester_enabled: boolean;
	/** absent from recorded answers until set (recordings published with a Ruby client's tests) */
	phonegateway_enabled?: boolean;
	recorder_autostart_enabled: boolean;
	room_invite_button_enabled: boolean;
	social_media_sharing_enabled: boolean;
	connection_status_enabled: boolean;
	/** absent from recorded answers until set */
	thank_you_page_url?: string;
}

export interface Room {
	id: number;
	name: string;
	name_url: string;
	room_type: RoomType;
	access_type: AccessType;
	permanent_room: boolean;
	status: RoomStatus;
	lobby_enabled: boolean;
	lobby_description: string;
	password: string | null;
	timezone: string;
	skin_id: number | null;
	registration_enabled: boolean;
	registration_template: number;
	settings: RoomSettings;
	room_pin: number;
	phone_presenter_pin: number;
	phone_listener_pin: number;
	widgets_hash: string;
	recorder_list: string[];
	/** the host's ready login hash (`autologin_hash`, `autologin_hashes.host`) */
	autologin_hash: string;
	paid_enabled: boolean;
	automated_enabled: boolean;
	description: string;
	parent_id: number | null;
	/** epoch ms */
	created_at: number;
	updated_at: number;
	starts_at: number;
	ends_at: number;
}

export interface PollAnswer {
	points: number;
	value: string;
}
export interface PollQuestion {
	question: string;
	answers: PollAnswer[];
}
export interface Poll {
	name: string;
	questions: PollQuestion[];
}

export interface Attendee {
	id: number;
	uid: string;
	email: string;
	nickname: string;
	role: 'listener' | 'presenter' | 'host';
	device: string;
	/** null for presenters and hosts (recorded answers) */
	rating: string | null;
	rating_comment: string | null;
	user_ip: string;
	start_date: number;
	end_date: number;
	polls?: Poll[];
}

export interface Session {
	id: number;
	room_id: number;
	start_date: number;
	end_date: number;
	max_visitors: number;
	attendees: Attendee[];
}

export interface Registration {
	id: number;
	room_id: number;
	/** null when the registration belongs to no session (recorded answers) */
	session_id: number | null;
	email: string;
	first_name: string;
	last_name: string;
	fields: Record<string, string>;
	visitor_nickname: string;
	registration_date: number;
	/** epoch ms of the confirmation, or null (answered as the string "null") */
	registration_confirmed: number | null;
	/** the `?r=` code of the registration URL */
	code: string;
	http_referer: string | null;
	geo: { country: string | null; city: string | null };
	active: boolean;
	confirmation_email: { enabled: boolean; lang: string | null };
}

export interface RegistrationInput {
	email?: string;
	firstname?: string;
	lastname?: string;
	fields?: Record<string, string>;
	session_id?: number | null;
	/** epoch ms, a Date, or a date string (ISO 8601 / 'YYYY-mm-dd H:i:s' UTC) */
	registration_date?: number | string | Date;
	visitor_nickname?: string;
	/** 'null' / null (not confirmed), or a date (epoch ms, Date, ISO string) */
	registration_confirmed?: string | number | Date | null;
	http_referer?: string | null;
	geo?: { country: string | null; city: string | null };
	active?: boolean;
}

export interface AccessToken {
	token: string;
	sent_to_email: string | null;
	first_use_date: number | null;
	used_by: string | null;
}

export interface FileEntry {
	id: number;
	name: string;
	content: Buffer;
	content_type: string;
	room_id: number | null;
	upload_date: number;
	document_type: string;
	status: string;
	conversion_progress: number;
	status_message: string;
	/** epoch ms; answered in a room's file list */
	created_at: number;
	/** the signed CDN link of a room's file list */
	cdn_token: string;
}

export interface Recording {
	id: number;
	room_id: number;
	recording_duration: number;
	recorder_started: number;
	/** bytes; answered as a string (recorded answers) */
	recording_file_size: number;
	recording_url: string;
	recording_name: string;
}

export interface ChatMessage {
	time: number;
	email: string;
	nickname: string;
	message: string;
}
export interface Chat {
	session_id: number;
	room_id: number;
	messages: ChatMessage[];
}

export interface Contact {
	email: string;
	firstname: string;
	lastname: string;
	phone: string | null;
	company: string | null;
	country: string | null;
	created_at: number;
	updated_at: number;
}

export interface Invitation {
	room_id: number;
	lang: string;
	email: string;
	template: string;
	role: string;
	token: string | null;
	sent_at: number;
}

export interface Autologin {
	hash: string;
	room_id: number;
	email: string;
	nickname: string;
	role: string;
	created_at: number;
}

export interface PdfReport {
	room_id: number;
	session_id: number;
	lang: string;
	calls: number;
	failed: boolean;
	code: string;
}

export interface Skin {
	id: string;
	name: string;
	thumbnail_url: string;
}

export interface PhoneGateway {
	code: string;
	location: string;
	value: string;
	geo: { lat: string; long: string };
}
