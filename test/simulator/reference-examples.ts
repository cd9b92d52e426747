/**
 * The example responses of the API reference (/work/shared/clickmeeting-api-v1.txt), transcribed, and
 * corrected where the answers recorded from the live API differ (those win; issue 16, simulator/README.md):
 * `lobby_enabled` true/false everywhere, the rooms' extra fields (`ccc`, `autologin_hash(es)`, ...), settings
 * without `phonegateway_enabled` / `thank_you_page_url`, registrations with `url`, `r`, `http_referer`, `geo`
 * and a nullable `session_id`, attendees with their own dates and `user_ip` and null ratings, session detail
 * without `id` and its five-language `pdf` map, recordings with a string size, upload and room-file fields.
 * Where the reference is sloppy the intent is kept: the room list is an array (the reference wraps it in { }),
 * 'get room' is {"conference": {...}} (the reference wraps it in [ ]), phone gateways have their commas.
 */
import { matching, oneOf } from './helpers';

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
export const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;
export const SQL = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
/** `https://<account>.<domain>/<name_url>` (recorded) */
const ROOM_URL = /^https:\/\/[a-z0-9-]+\.[a-z0-9.-]+\/[A-Za-z0-9_]+$/;

/** Fields every room answer carries in the recordings, beyond the reference. */
const recordedRoomFields = {
	autologin_hashes: {
		host: 'BQtlZGDkDUjgsROxnaWyDTEdpzHhMTcNsP18DQSiZGqiZwympmuiZGD3pQL1pUAjpQLjZQH4ZmOlAUZ0DUjgsRN__',
	},
	autologin_hash:
		'BQtlZGDkDUjgsROxnaWyDTEdpzHhMTcNsP18DQSiZGqiZwympmuiZGD3pQL1pUAjpQLjZQH4ZmOlAUZ0DUjgsRN__',
	paid_enabled: false,
	automated_enabled: false,
	type: 'meeting',
	description: '',
	parent_id: oneOf(1, null),
};

const settings = {
	show_on_personal_page: true,
	thank_you_emails_enabled: true,
	connection_tester_enabled: true,
	recorder_autostart_enabled: true,
	room_invite_button_enabled: true,
	social_media_sharing_enabled: true,
	connection_status_enabled: true,
};

export const conferencesList = [
	{
		embed_room_url: 'https://embed.clickmeeting.com/embed_conference.html?r=1416982686',
		status: 'active',
		access_type: 1,
		room_type: 'meeting',
		name_url: 'my_meeting',
		updated_at: '2014-02-24T22:02:46-11:00',
		lobby_description: 'My lobby description',
		room_pin: 121851268,
		phone_presenter_pin: 963523,
		phone_listener_pin: 971005,
		name: 'My meeting',
		lobby_enabled: true,
		id: 2686,
		room_url: matching(ROOM_URL),
		timezone: 'America/New_York',
		registration_enabled: 0,
		timezone_offset: -39600,
		access_role_hashes: {
			listener: '65276da10d853c89db17230053fb0ba5',
			presenter: '4594835192d6cf6c13f8dc0053fb0ba5',
			host: '4770ed87a43e52bda389220053fb0ba5',
		},
		created_at: '2014-08-24T23:10:45-11:00',
		recorder_list: ['http://recorder.clickmeeting.com?st=nJ1uCdemclfsW3Vnfue&e=1409129475'],
		widgets_hash: '3e4r74',
		permanent_room: true,
		settings,
		...recordedRoomFields,
	},
];

export const createRoom = {
	room: {
		embed_room_url: 'https://embed.clickmeeting.com/embed_conference.html?r=1416985964',
		status: 'active',
		access_type: 1,
		room_type: 'meeting',
		name_url: 'my_meeting',
		updated_at: '2014-08-26T10:13:27+02:00',
		lobby_description: 'My lobby description',
		room_pin: 458484137,
		phone_presenter_pin: 757429,
		phone_listener_pin: 392531,
		ends_at: '2014-08-26T11:13:00+02:00',
		name: 'My meeting',
		lobby_enabled: true,
		id: 5964,
		room_url: matching(ROOM_URL),
		timezone: 'America/New_York',
		registration_enabled: 0,
		timezone_offset: 7200,
		created_at: '2014-08-26T10:13:27+02:00',
		access_role_hashes: {
			listener: '4b1b444562915d4942458e0053fc41a7',
			presenter: 'e4e6f3dc561c65c1010ed90053fc41a7',
			host: '7a7a5a2dd428293d4010f00053fc41a7',
		},
		starts_at: '2014-08-26T10:13:27+02:00',
		ccc: '2014-08-26 08:13:27',
		permanent_room: false,
		recorder_list: [],
		settings,
		...recordedRoomFields,
	},
};

export const getRoom = {
	conference: {
		embed_room_url: 'https://embed.clickmeeting.com/embed_conference.html?r=1416984085',
		status: 'active',
		access_type: 1,
		room_type: 'meeting',
		name_url: 'my_meeting',
		updated_at: '2014-08-22T13:56:52+02:00',
		lobby_description: 'My lobby description',
		room_pin: 183141694,
		phone_presenter_pin: 392544,
		phone_listener_pin: 372617,
		name: 'My room name',
		lobby_enabled: true,
		id: 4085,
		room_url: matching(ROOM_URL),
		timezone: 'America/New_York',
		registration_enabled: 0,
		timezone_offset: 7200,
		access_role_hashes: {
			listener: 'b13e013ac349093afc00870053fc46f3',
			presenter: '8da9c3db5a2edf7a040c500053fc46f3',
			host: 'f0072bc931806f1715562d0053fc46f3',
		},
		created_at: '2013-06-27T09:36:55+02:00',
		widgets_hash: '3e4r74',
		recorder_list: [],
		permanent_room: true,
		settings,
		...recordedRoomFields,
	},
};

/** 'Edit a room': the created room's example with the fields the reference's update example changes. */
export const updateRoom = {
	conference: {
		...createRoom.room,
		embed_room_url: 'https://embed.clickwebinar.com/embed_conference.html?r=1416985964',
		room_type: 'webinar',
		updated_at: '2014-08-26T11:07:58+02:00',
		access_role_hashes: {
			listener: 'b0ad58182c0ceb0fb80f380053fc4e6f',
			presenter: '394942137bfe4f4fe2582b0053fc4e6f',
			host: '1a8d1ab92e040c54523b350053fc4e6f',
		},
		widgets_hash: '3e4r74',
	},
};

/** 'Turn on/off meeting registration status' and 'Update meeting registration template' (same shape). */
export const registrationToggle = {
	conference: {
		embed_room_url: 'https://embed.clickmeeting.com/embed_conference.html?r=1416984085',
		status: 'active',
		access_type: 1,
		room_type: 'meeting',
		name_url: 'my_room',
		updated_at: '2014-08-22T12:03:33+02:00',
		lobby_description: '',
		room_pin: 183141694,
		phone_presenter_pin: 392544,
		phone_listener_pin: 372617,
		name: 'My Room',
		lobby_enabled: true,
		id: 4085,
		room_url: matching(ROOM_URL),
		timezone: 'America/New_York',
		registration_enabled: 1,
		timezone_offset: 7200,
		access_role_hashes: {
			listener: 'f2db8039be8c242d1717300053f71575',
			presenter: '4198c967d324a70b91231a0053f71575',
			host: 'bdeabba4eba649f242f8de0053f71575',
		},
		created_at: '2013-06-27T09:36:55+02:00',
		recorder_list: [],
		permanent_room: true,
		...recordedRoomFields,
	},
};

/** `GET /conferences` (not in the reference; recorded). */
export const allConferences = { active_conferences: conferencesList };

export const deleteRoom = { result: 'OK' };

export const skins = [
	{
		id: '1',
		name: 'Business 1',
		thumbnail_url:
			'http://panel.clickmeeting.com/images/conferences/skin_templates/business_1/preview.png',
	},
];

export const generateTokens = {
	access_tokens: [
		{ token: 'D9P7YW', sent_to_email: null, first_use_date: null },
		{ token: 'A9H6A7', sent_to_email: null, first_use_date: null },
	],
};

export const listTokens = {
	access_tokens: [
		{
			token: 'D989F8',
			sent_to_email: 'example1@mydomain.com',
			first_use_date: '2014-08-26T10:13:27+02:00',
		},
		{
			token: '99P8W3',
			sent_to_email: 'example2@mydomain.com',
			first_use_date: '2014-08-28T10:14:22+21:00',
		},
	],
};

export const autologinHash = {
	autologin_hash: 'AQN4AHO8YKkNL3O1nUSgqauNqacwrKMeYaOvrxO8YKkNpUIbpJkNs____',
};

export const invitation = { status: 'OK' };

export const sessions = [
	{
		max_visitors: 1,
		id: 65177,
		start_date: '2014-07-14T11:55:00+02:00',
		end_date: '2014-07-14T12:06:00+02:00',
		total_visitors: 1,
	},
];

const notRequested = {
	generate_pdf_url: matching(/\/v1\/conferences\/\d+\/sessions\/\d+\/generate-pdf\/[a-z]{2}$/),
	progress: 0,
};
const requested = {
	status: 'FINISHED',
	url: matching(/\/panel\/pdf\/[a-z]{2}\/\d+\/\w+$/),
	progress: 100,
};
const pdfEntry = oneOf(notRequested, requested);

/** Session detail: no `id`; the `pdf` map has en, pl, ru, de, es (recorded). */
export const session = {
	max_visitors: 1,
	attendees: [
		{
			id: 867,
			start_date: '2014-07-14T11:55:00+02:00',
			email: 'visitor@mydomain.com',
			end_date: '2014-07-14T12:06:00+02:00',
			login: 'visitor',
		},
	],
	start_date: '2014-07-14T11:55:00+02:00',
	pdf: { en: pdfEntry, pl: pdfEntry, ru: pdfEntry, de: pdfEntry, es: pdfEntry },
	end_date: '2014-07-14T12:06:00+02:00',
	total_visitors: 1,
};

export const attendees = [
	{
		device: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_8_5) AppleWebKit/537.36 (KHTML, like Gecko)',
		uid: '948',
		rating: oneOf('5', null),
		nickname: 'visitor1',
		role: 'listener',
		rating_comment: oneOf('My comment.', null),
		email: 'visitor1@mydomain.com',
		start_date: matching(ISO),
		end_date: matching(ISO),
		user_ip: '213.134.198.189',
	},
	{
		device:
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_1) AppleWebKit/537.36 (KHTML, like Gecko)',
		uid: '7412765',
		rating: null,
		nickname: 'presenter',
		role: 'presenter',
		rating_comment: null,
		email: 'presenter@mydomain.com',
		start_date: matching(ISO),
		end_date: matching(ISO),
		user_ip: '213.134.198.189',
	},
	{
		device: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_8_5) AppleWebKit/537.36 (KHTML, like Gecko)',
		uid: '6275',
		rating: '2',
		nickname: 'visitor2',
		role: 'listener',
		rating_comment: 'My comment.',
		email: 'visitor2@mydomain.com',
		start_date: matching(ISO),
		end_date: matching(ISO),
		user_ip: '213.134.198.189',
		polls: [
			{
				questions: [
					{ question: 'Question #1', answers: [{ points: 0, value: 'Answear 1' }] },
					{ question: 'Question #2', answers: [{ points: 0, value: 'Answear 2' }] },
				],
				name: 'My poll name',
			},
		],
	},
];

export const pdfFinished = {
	status: 'FINISHED',
	progress: 100,
	url: 'http://api.clickmeeting.com/panel/pdf/pl/65724/xvOac',
};
/** Recorded: progress stays 0 while IN PROGRESS. */
export const pdfInProgress = { status: 'IN PROGRESS', progress: 0 };

export const contacts = { status: 'OK' };

export const timeZoneList = ['Africa/Abidjan', 'Africa/Accra', 'Africa/Addis_Ababa'];

export const timeZoneListByCountry = ['America/Adak', 'America/Anchorage', 'America/Boise'];

export const phoneGateways = [
	{
		code: 'US',
		location: 'New York',
		value: '+1 (911) 111-1111',
		geo: { lat: '51.917191', long: '19.149204' },
	},
];

const registrationItem = {
	registration_date: matching(ISO),
	registration_confirmed: oneOf(matching(/^null$/), matching(ISO)),
	fields: { 'First Name': 'name', 'Last Name': 'name', 'Email Address': 'visitor1@mydomain.com' },
	id: 480,
	session_id: oneOf(60068, null),
	email: 'visitor1@mydomain.com',
	visitor_nickname: 'name',
	url: matching(/^https:\/\/[a-z0-9-]+\.[a-z0-9.-]+\/[A-Za-z0-9_]+\?r=[A-Za-z0-9_]+$/),
	r: matching(/^[A-Za-z0-9_]+$/),
	http_referer: oneOf('http://account-panel.example.com/888171', null),
	geo: { country: oneOf('PL', null), city: oneOf('Warsaw', null) },
};

/** The second example item: confirmed (an ISO date), with no session, as recorded. */
export const registrations = [
	registrationItem,
	{ ...registrationItem, registration_confirmed: matching(ISO), session_id: null },
];

export const register = { status: 'OK', url: registrationItem.url, r: registrationItem.r };
/** Recorded: an e-mail already registered for the room. */
export const registerExisting = {
	status: 'OK',
	exist: 1,
	url: registrationItem.url,
	r: registrationItem.r,
};

/** A session's registrations all have that session. */
export const sessionRegistrations = [{ ...registrationItem, session_id: 60068 }];

const fileItem = {
	status: 'converted',
	url: 'http://api.clickmeeting.com/v1/file-library/1106/download',
	document_type: 'image',
	id: 1106,
	conversion_progress: 0,
	status_message: '',
	name: 'logo_x142.png',
	upload_date: '2014-06-27 13:23:03',
};

export const files = [
	fileItem,
	{ ...fileItem, id: 1128, document_type: 'audio', conversion_progress: 100, name: 'News-1.mp3' },
];
/** Recorded upload answer: waiting for conversion, progress 0. */
const uploaded = {
	status: 'waiting_for_conversion',
	conversion_progress: 0,
	status_message: 'waiting for multiconverter to download file.',
};
export const uploadFile = {
	...fileItem,
	...uploaded,
	id: 1482,
	name: 'profile.png',
	upload_date: '2014-08-22 13:14:03',
};
/** Recorded: a room's file list gives a signed CDN link as `url`, and `created_at`. */
export const roomFiles = [
	{
		...fileItem,
		id: 440,
		name: 'photo.jpg',
		url: matching(/^https?:\/\/files\.[a-z0-9.-]+\/download\/.+\?st=[\w-]+&e=\d+$/),
		created_at: matching(ISO_UTC),
	},
];
export const uploadRoomFile = { ...fileItem, ...uploaded, id: 1483, name: 'profile.png' };
export const file = { ...fileItem, id: 439, name: 'photo.jpg' };
export const deleteFile = { response: 'OK' };

export const recordings = [
	{
		id: 5126,
		recording_duration: 300,
		recorder_started: matching(SQL),
		recorder_start_date: matching(ISO_UTC),
		recording_file_size: matching(/^\d+$/),
		recording_url: 'http://recorder.clickmeeting.com?st=R_63NWtZzy1xoyJs8KW7fg&e=1408719682',
		recording_name: 'recording_5126',
	},
];
export const deleteRecordings = { STATUS: 'OK' };
export const deleteRecording = { STATUS: 'OK' };

export const chats = [
	{
		time: '15:56 GMT+2',
		id: 65075,
		download_link: 'http://api.clickmeeting.com/v1/chats/65075',
		timezone: 'America/New_York',
		date: '2014-07-08',
		name: 'My Room Name',
	},
];

export const ping = { ping: 'pong' };

export const errorExample = {
	code: 422,
	name: 'Unprocessable Entity',
	errors: [{ name: 'name', message: 'This value should not be blank.' }],
};
