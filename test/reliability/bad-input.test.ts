import type { INodeParameters } from 'n8n-workflow';

import { register, room, roomCreate } from '../harness/builders';
import { runNode } from '../harness/run-workflow';
import { useSimulator } from '../harness/simulator';

const ROOM = room(1);
/** n8n refuses to start a run with an empty required field; an expression reaches the node's own check. */
const expr = (value: string) => `={{ ${JSON.stringify(value)} }}`;
const roomExpr = (value: string) => ({ __rl: true, mode: 'id', value: expr(value) });

type Case = [name: string, parameters: INodeParameters, field: RegExp];

const cases: Case[] = [
	['Conference Create: empty name', roomCreate({ name: expr('') }), /Name/],
	[
		'Conference Create: room type not meeting/webinar',
		roomCreate({ roomType: expr('seminar') }),
		/Room Type/,
	],
	[
		'Conference Create: access type 2 without password',
		roomCreate({ accessType: 2, password: expr('') }),
		/Password/,
	],
	[
		'Conference Create: access type 9',
		roomCreate({ accessType: expr('9'), password: 'x' }),
		/Access Type/,
	],
	[
		'Conference Create: unknown time zone',
		roomCreate({ additionalFields: { timezone: 'Mars/Olympus_Mons' } }),
		/Time ?[Zz]one/,
	],
	[
		'Conference Create: duration not H:MM',
		roomCreate({ permanentRoom: false, additionalFields: { duration: 'forever' } }),
		/Duration/,
	],
	[
		'Conference Create: starts at not a date',
		roomCreate({ permanentRoom: false, additionalFields: { startsAt: 'next tuesday-ish' } }),
		/Starts At/,
	],
	[
		'Conference Create: registration template 7',
		roomCreate({ roomType: 'webinar', additionalFields: { registrationTemplate: 7 } }),
		/Template/,
	],
	[
		'Conference Get: room ID not a number',
		{ resource: 'conference', operation: 'get', room: roomExpr('abc') },
		/Room/,
	],
	[
		'Conference Delete: room ID with letters',
		{ resource: 'conference', operation: 'delete', room: roomExpr('12x') },
		/Room/,
	],
	[
		'Conference Update: empty room',
		{
			resource: 'conference',
			operation: 'update',
			room: roomExpr(''),
			updateFields: { name: 'y' },
		},
		/Room/,
	],
	[
		'Conference Update: template 0',
		{
			resource: 'conference',
			operation: 'update',
			room: ROOM,
			updateFields: { registrationTemplate: 0 },
		},
		/Template/,
	],
	[
		'Conference Update: access type 2 without password',
		{ resource: 'conference', operation: 'update', room: ROOM, updateFields: { accessType: 2 } },
		/Password/,
	],
	[
		'Access Token Generate: zero tokens',
		{ resource: 'accessToken', operation: 'generate', room: ROOM, howMany: 0 },
		/How Many|[Tt]okens/,
	],
	[
		'Access Token Generate: negative tokens',
		{ resource: 'accessToken', operation: 'generate', room: ROOM, howMany: -5 },
		/How Many|[Tt]okens/,
	],
	[
		'Access Token Get Many: room ID not a number',
		{ resource: 'accessToken', operation: 'getAll', room: roomExpr('room-1'), returnAll: true },
		/Room/,
	],
	[
		'Auto-Login: bad e-mail',
		{
			resource: 'autoLogin',
			operation: 'createUrl',
			room: ROOM,
			email: 'nope',
			nickname: 'n',
			role: 'listener',
			options: { roomUrl: 'http://x.test/r' },
		},
		/Email/i,
	],
	[
		'Auto-Login: unknown role',
		{
			resource: 'autoLogin',
			operation: 'createUrl',
			room: ROOM,
			email: 'a@b.co',
			nickname: 'n',
			role: expr('admin'),
			options: { roomUrl: 'http://x.test/r' },
		},
		/Role/,
	],
	[
		'Auto-Login: empty nickname',
		{
			resource: 'autoLogin',
			operation: 'createUrl',
			room: ROOM,
			email: 'a@b.co',
			nickname: expr(''),
			role: 'listener',
			options: { roomUrl: 'http://x.test/r' },
		},
		/Nickname/,
	],
	[
		'Invitation: one bad e-mail in the list',
		{
			resource: 'invitation',
			operation: 'sendEmail',
			room: ROOM,
			language: 'en',
			attendees: 'a@b.co, not-an-email',
		},
		/not-an-email/,
	],
	[
		'Invitation: no attendees',
		{
			resource: 'invitation',
			operation: 'sendEmail',
			room: ROOM,
			language: 'en',
			attendees: expr(''),
		},
		/Attendee Emails/,
	],
	[
		'Invitation: empty language',
		{
			resource: 'invitation',
			operation: 'sendEmail',
			room: ROOM,
			language: expr(''),
			attendees: 'a@b.co',
		},
		/Language/,
	],
	[
		'Session Get: session ID not a number',
		{ resource: 'session', operation: 'get', room: ROOM, session: expr('abc') },
		/Session/,
	],
	[
		'Session Get Many: room ID not a number',
		{ resource: 'session', operation: 'getAll', room: roomExpr('x'), returnAll: true },
		/Room/,
	],
	[
		'Attendee Get Many: session ID not a number',
		{ resource: 'attendee', operation: 'getAll', room: ROOM, session: expr('x1'), returnAll: true },
		/Session/,
	],
	[
		'PDF Report: session ID not a number',
		{
			resource: 'pdfReport',
			operation: 'generate',
			room: ROOM,
			session: expr('s'),
			language: 'en',
		},
		/Session/,
	],
	[
		'PDF Report: empty language',
		{ resource: 'pdfReport', operation: 'generate', room: ROOM, session: '5', language: expr('') },
		/Language/,
	],
	[
		'PDF Report: poll interval 0 when waiting',
		{
			resource: 'pdfReport',
			operation: 'generate',
			room: ROOM,
			session: '5',
			language: 'en',
			options: { waitForCompletion: true, pollInterval: 0 },
		},
		/Interval/i,
	],
	['Registration Register: bad e-mail', register(ROOM, { email: 'a@' }), /Email/i],
	[
		'Registration Register: empty first name',
		register(ROOM, { firstName: expr('') }),
		/First Name/,
	],
	[
		'Registration Register: extra field in a reserved slot',
		register(ROOM, { additionalFields: { extraFields: { field: [{ name: '3', value: 'x' }] } } }),
		/3/,
	],
	[
		'Registration Set Template: 4',
		{ resource: 'registration', operation: 'setTemplate', room: ROOM, template: 4 },
		/Template/,
	],
	[
		'Registration Set Template: 0',
		{ resource: 'registration', operation: 'setTemplate', room: ROOM, template: 0 },
		/Template/,
	],
	[
		'Registration Get Many for Session: session ID not a number',
		{
			resource: 'registration',
			operation: 'getAllForSession',
			room: ROOM,
			session: expr('abc'),
			returnAll: true,
		},
		/Session/,
	],
	[
		'Registration Enable: room ID not a number',
		{ resource: 'registration', operation: 'enable', room: roomExpr('one') },
		/Room/,
	],
	[
		'Contact: bad e-mail',
		{
			resource: 'contact',
			operation: 'createOrUpdate',
			email: 'x@',
			firstName: 'a',
			lastName: 'b',
		},
		/Email/i,
	],
	[
		'Contact: three-letter country',
		{
			resource: 'contact',
			operation: 'createOrUpdate',
			email: 'x@y.co',
			firstName: 'a',
			lastName: 'b',
			additionalFields: { country: 'POL' },
		},
		/Country/,
	],
	[
		'Contact: country with a digit',
		{
			resource: 'contact',
			operation: 'createOrUpdate',
			email: 'x@y.co',
			firstName: 'a',
			lastName: 'b',
			additionalFields: { country: 'p1' },
		},
		/Country/,
	],
	[
		'Chat Download: session ID not a number',
		{ resource: 'chat', operation: 'download', sessionId: 'abc', binaryPropertyName: 'data' },
		/Session/,
	],
	[
		'Chat Get Many: from date after to date',
		{
			resource: 'chat',
			operation: 'getAll',
			returnAll: true,
			filters: { fromDate: '2026-05-02', toDate: '2026-05-01' },
		},
		/Date/,
	],
	[
		'File Get: file ID not a number',
		{ resource: 'file', operation: 'get', fileId: 'abc' },
		/The "File" field/,
	],
	[
		'File Delete: file ID with a fraction',
		{ resource: 'file', operation: 'delete', fileId: '1.5' },
		/The "File" field/,
	],
	[
		'File Download: empty file ID',
		{ resource: 'file', operation: 'download', fileId: expr(''), binaryPropertyName: 'data' },
		/The "File" field/,
	],
	[
		'File Upload: no binary property on the item',
		{ resource: 'file', operation: 'upload', scope: 'account', binaryPropertyName: 'data' },
		/data/,
	],
	[
		'Recording Delete: recording ID not a number',
		{ resource: 'recording', operation: 'delete', room: ROOM, recordingId: 'abc' },
		/The "Recording" field/,
	],
	[
		'Time Zone: three-letter country',
		{ resource: 'timeZone', operation: 'getAll', returnAll: true, filters: { country: 'USA' } },
		/Country/,
	],
];

describe('bad input fails before any request, naming the field', () => {
	const sim = useSimulator({ resetEach: false });

	it('has at least 40 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
	});

	it.each(cases)('%s', async (_name, parameters, field) => {
		const { error, requests, items } = await runNode(sim, parameters);

		expect(items).toEqual([]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(field);
		expect((error as { context?: { itemIndex?: number } })?.context?.itemIndex).toBe(0);
		expect(requests).toEqual([]);
	});
});
