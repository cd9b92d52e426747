import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute } from './node.type';
import * as accessToken from './accessToken/AccessToken.resource';
import * as attendee from './attendee/Attendee.resource';
import * as autoLogin from './autoLogin/AutoLogin.resource';
import * as chat from './chat/Chat.resource';
import * as contact from './contact/Contact.resource';
import * as file from './file/File.resource';
import * as invitation from './invitation/Invitation.resource';
import * as pdfReport from './pdfReport/PdfReport.resource';
import * as phoneGateway from './phoneGateway/PhoneGateway.resource';
import * as ping from './ping/Ping.resource';
import * as recording from './recording/Recording.resource';
import * as registration from './registration/Registration.resource';
import * as conference from './conference/Conference.resource';
import * as session from './session/Session.resource';
import * as timeZone from './timeZone/TimeZone.resource';

/** A resource module: its editor fields, and one `execute` for every operation listed for it. */
type ResourceModule<O extends string> = { description: INodeProperties[] } & {
	[K in O]: { execute: OperationExecute };
};

/**
 * One entry of the list below. `operations` is checked against `module`: an operation listed
 * without an operation file (an `execute` exported under its value) fails to compile.
 */
function resource<const O extends string>(
	name: string,
	description: string,
	operations: readonly O[],
	module: ResourceModule<NoInfer<O>>,
) {
	return { name, description, operations, module };
}

/**
 * The node's resources, listed once, in the editor's (alphabetical) order: the Resource selector,
 * the properties, the router and the types (`node.type.ts`) are all derived from this list.
 */
export const resources = {
	accessToken: resource(
		'Access Token',
		'Single-use access tokens of token-protected rooms',
		['generate', 'getAll'],
		accessToken,
	),
	attendee: resource('Attendee', 'People who attended a session', ['getAll'], attendee),
	autoLogin: resource(
		'Auto-Login',
		'Auto-login URLs that take a person straight into a room',
		['createUrl'],
		autoLogin,
	),
	chat: resource('Chat', 'Chats of sessions', ['download', 'getAll'], chat),
	contact: resource('Contact', 'Contacts of the account', ['createOrUpdate'], contact),
	file: resource(
		'File',
		'Files of the account’s and rooms’ libraries',
		['delete', 'download', 'get', 'getAll', 'upload'],
		file,
	),
	invitation: resource('Invitation', 'Invitation emails to rooms', ['sendEmail'], invitation),
	pdfReport: resource('PDF Report', 'PDF reports of sessions', ['generate'], pdfReport),
	phoneGateway: resource('Phone Gateway', 'Dial-in phone numbers', ['getAll'], phoneGateway),
	ping: resource('Ping', 'Check that the API answers', ['check'], ping),
	recording: resource(
		'Recording',
		'Recordings of rooms',
		['delete', 'deleteAll', 'getAll'],
		recording,
	),
	registration: resource(
		'Registration',
		'Registrants of rooms and sessions',
		['disable', 'enable', 'getAll', 'getAllForSession', 'register', 'setTemplate'],
		registration,
	),
	conference: resource(
		'Room',
		'Meeting and webinar rooms',
		['create', 'delete', 'get', 'getAll', 'getSkins', 'update'],
		conference,
	),
	session: resource('Session', 'Sessions held in a room', ['get', 'getAll', 'getSummary'], session),
	timeZone: resource('Time Zone', 'Time zones the API accepts', ['getAll'], timeZone),
};
