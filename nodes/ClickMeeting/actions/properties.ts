import type { INodeProperties } from 'n8n-workflow';

import * as ping from './ping/Ping.resource';
import * as conference from './conference/Conference.resource';
import * as accessToken from './accessToken/AccessToken.resource';
import * as autoLogin from './autoLogin/AutoLogin.resource';
import * as invitation from './invitation/Invitation.resource';
import * as session from './session/Session.resource';
import * as attendee from './attendee/Attendee.resource';
import * as pdfReport from './pdfReport/PdfReport.resource';
import * as registration from './registration/Registration.resource';
import * as contact from './contact/Contact.resource';
import * as chat from './chat/Chat.resource';
import * as file from './file/File.resource';
import * as phoneGateway from './phoneGateway/PhoneGateway.resource';
import * as recording from './recording/Recording.resource';
import * as timeZone from './timeZone/TimeZone.resource';
import { requestOptionsDescription } from './requestOptions';

/** The Resource selector followed by every resource's Operation selector and fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Access Token',
				value: 'accessToken',
				description: 'Single-use access tokens of token-protected rooms',
			},
			{ name: 'Attendee', value: 'attendee', description: 'People who attended a session' },
			{
				name: 'Auto-Login',
				value: 'autoLogin',
				description: 'Auto-login URLs that take a person straight into a room',
			},
			{ name: 'Chat', value: 'chat', description: 'Chats of sessions' },
			{ name: 'Contact', value: 'contact', description: 'Contacts of the account' },
			{ name: 'File', value: 'file', description: 'Files of the account’s and rooms’ libraries' },
			{ name: 'Invitation', value: 'invitation', description: 'Invitation emails to rooms' },
			{ name: 'PDF Report', value: 'pdfReport', description: 'PDF reports of sessions' },
			{ name: 'Phone Gateway', value: 'phoneGateway', description: 'Dial-in phone numbers' },
			{ name: 'Ping', value: 'ping', description: 'Check that the API answers' },
			{ name: 'Recording', value: 'recording', description: 'Recordings of rooms' },
			{
				name: 'Registration',
				value: 'registration',
				description: 'Registrants of rooms and sessions',
			},
			{ name: 'Room', value: 'conference', description: 'Meeting and webinar rooms' },
			{ name: 'Session', value: 'session', description: 'Sessions held in a room' },
			{ name: 'Time Zone', value: 'timeZone', description: 'Time zones the API accepts' },
		],
		default: 'conference',
	},
	...ping.description,
	...conference.description,
	...accessToken.description,
	...autoLogin.description,
	...invitation.description,
	...session.description,
	...attendee.description,
	...pdfReport.description,
	...registration.description,
	...contact.description,
	...chat.description,
	...file.description,
	...phoneGateway.description,
	...recording.description,
	...timeZone.description,
	requestOptionsDescription,
];
