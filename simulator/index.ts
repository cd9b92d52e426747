export { ClickMeetingSimulator, startSimulator } from './server';
export type { SimulatorOptions, RecordedRequest, Fault, FaultMatch } from './server';
export { SimulatorState } from './state';
export { seedAttendance, seedRoomsOverTime } from './attendance';
export type { AttendanceOptions, AttendanceScenario, RoomsOverTimeOptions } from './attendance';
export type {
	AccessToken,
	Attendee,
	Autologin,
	Chat,
	ChatMessage,
	Contact,
	FileEntry,
	Invitation,
	PdfReport,
	PhoneGateway,
	Poll,
	Recording,
	Registration,
	RegistrationInput,
	Room,
	RoomSettings,
	RoomStatus,
	Session,
	Skin,
} from './types';
export { errorBody } from './errors';
export { RateLimiter, checkRateLimit } from './rateLimit';
export type { RateLimitCounters, RateLimitOptions } from './rateLimit';
export type { ErrorItem } from './errors';
export { crc32, createZip } from './zip';
