import type { INodeProperties } from 'n8n-workflow';

import { roomRLC } from '../actions/common.descriptions';

export const LANGUAGES: Array<{ name: string; value: string }> = [
	{ name: 'Czech', value: 'cs' },
	{ name: 'Dutch', value: 'nl' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Polish', value: 'pl' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Turkish', value: 'tr' },
];

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'registration',
		options: [
			{
				name: 'New Attendee',
				value: 'newAttendee',
				description:
					'Each attendee of a session of a watched room that ended after activation, once per session and attendee',
			},
			{
				name: 'New Recording',
				value: 'recording',
				description: 'A recording appears in a watched room',
			},
			{
				name: 'New Registration',
				value: 'registration',
				description: 'A participant registers for a watched room',
			},
			{
				name: 'PDF Report Finished',
				value: 'pdfReport',
				description: 'The PDF report of a session that ended after activation is ready',
			},
			{
				name: 'Registrant Attended or Missed',
				value: 'registrantAttendance',
				description:
					'Each registrant of a session of a watched room that ended after activation, with whether they attended',
			},
			{
				name: 'Session Ended',
				value: 'sessionEnded',
				description: 'A session of a watched room ends',
			},
		],
	},
	{
		displayName: 'Watch',
		name: 'watch',
		type: 'options',
		noDataExpression: true,
		default: 'all',
		options: [
			{ name: 'All Active Rooms', value: 'all', description: 'Every active room of the account' },
			{ name: 'Selected Rooms', value: 'selected', description: 'Only the rooms chosen below' },
		],
	},
	{
		displayName: 'Rooms',
		name: 'rooms',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Room',
		default: {},
		displayOptions: { show: { watch: ['selected'] } },
		options: [
			{
				displayName: 'Room',
				name: 'roomValues',
				values: [{ ...roomRLC, description: 'A room to watch' }],
			},
		],
	},
	{
		displayName: 'Emit',
		name: 'attendance',
		type: 'options',
		default: 'both',
		description: 'Which registrants to emit, matched to the attendees by email (case-insensitive)',
		options: [
			{
				name: 'Attended and Missed',
				value: 'both',
				description: 'Every registrant, with attended true or false',
			},
			{
				name: 'Only Attended',
				value: 'attended',
				description: 'Registrants who joined the session',
			},
			{
				name: 'Only Missed',
				value: 'missed',
				description: 'Registrants who did not join (no-shows)',
			},
		],
		displayOptions: { show: { event: ['registrantAttendance'] } },
	},
	{
		displayName: 'Languages',
		name: 'languages',
		type: 'multiOptions',
		default: ['en'],
		description: 'Languages of the PDF report; each finished report is one item',
		options: LANGUAGES,
		displayOptions: { show: { event: ['pdfReport'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { event: ['pdfReport'] } },
		options: [
			{
				displayName: 'Download PDF',
				name: 'download',
				type: 'boolean',
				default: false,
				description: 'Whether to download the finished report into a binary property',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				hint: 'The name of the output binary field to put the PDF in',
			},
			{
				displayName: 'Skip Failed Reports',
				name: 'skipFailed',
				type: 'boolean',
				default: false,
				description:
					'Whether to emit nothing for a report that failed (by default it is emitted once, marked as failed)',
			},
		],
	},
];
