import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { roomRLC } from '../actions/common.descriptions';
import { LANGUAGES } from '../helpers/languages';

/**
 * The events, in the panel's order (alphabetical by name). `action` is what n8n's nodes panel
 * lists: without it n8n writes "On " + the name in lower case ("On pdf report finished").
 */
export const TRIGGER_EVENTS: INodePropertyOptions[] = [
	{
		name: 'New Attendee',
		value: 'newAttendee',
		action: 'On new attendee',
		description:
			'Each attendee of a session of a watched room that ended after activation, once per session and attendee',
	},
	{
		name: 'New Recording',
		value: 'recording',
		action: 'On new recording',
		description: 'A recording appears in a watched room',
	},
	{
		name: 'New Registration',
		value: 'registration',
		action: 'On new registration',
		description: 'A participant registers for a watched room',
	},
	{
		name: 'New Room',
		value: 'newRoom',
		action: 'On new room',
		description: 'A room (active or scheduled) is created after activation',
	},
	{
		name: 'PDF Report Finished',
		value: 'pdfReport',
		action: 'On PDF report finished',
		description: 'The PDF report of a session that ended after activation is ready',
	},
	{
		name: 'Registrant Attended or Missed',
		value: 'registrantAttendance',
		action: 'On registrant attended or missed',
		description:
			'Each registrant of a session of a watched room that ended after activation, with whether they attended',
	},
	{
		name: 'Room Starting Soon',
		value: 'roomStartingSoon',
		action: 'On room starting soon',
		description:
			"A scheduled watched room starts within the lead time, once per start time (compared with n8n's clock)",
	},
	{
		name: 'Session Ended',
		value: 'sessionEnded',
		action: 'On session ended',
		description: 'A session of a watched room ends',
	},
];

/** The node's subtitle: the chosen event's name ("Session Ended"), not its value. */
export const TRIGGER_SUBTITLE = `={{ ${JSON.stringify(
	Object.fromEntries(TRIGGER_EVENTS.map((event) => [event.value, event.name])),
)}[$parameter["event"]] }}`;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'registration',
		options: TRIGGER_EVENTS,
	},
	{
		displayName: 'Watch',
		name: 'watch',
		type: 'options',
		noDataExpression: true,
		default: 'all',
		displayOptions: { hide: { event: ['newRoom'] } },
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
		displayOptions: { show: { watch: ['selected'] }, hide: { event: ['newRoom'] } },
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
		displayName: 'Room Type',
		name: 'roomType',
		type: 'options',
		default: 'both',
		description: 'Which new rooms to emit',
		options: [
			{ name: 'Meetings and Webinars', value: 'both' },
			{ name: 'Only Meetings', value: 'meeting' },
			{ name: 'Only Webinars', value: 'webinar' },
		],
		displayOptions: { show: { event: ['newRoom'] } },
	},
	{
		displayName: 'Only With Registration',
		name: 'registrationOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to emit only rooms with registration enabled',
		displayOptions: { show: { event: ['newRoom'] } },
	},
	{
		displayName: 'Lead Time (Minutes)',
		name: 'leadMinutes',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 30,
		description:
			"How many minutes before a room's start to emit it. Compared with n8n's clock: keep the poll interval shorter than the lead time.",
		displayOptions: { show: { event: ['roomStartingSoon'] } },
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
		options: [
			{
				displayName: 'Download PDF',
				name: 'download',
				displayOptions: { show: { '/event': ['pdfReport'] } },
				type: 'boolean',
				default: false,
				description: 'Whether to download the finished report into a binary property',
			},
			{
				displayName: 'Max Items per Poll',
				name: 'maxItems',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 100,
				description:
					'The most items one poll emits, oldest first; the rest wait for the next poll, nothing is lost. New Attendee and Registrant Attended or Missed emit whole sessions (at least one per poll).',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				displayOptions: { show: { '/event': ['pdfReport'] } },
				type: 'string',
				default: 'data',
				hint: 'The name of the output binary field to put the PDF in',
			},
			{
				displayName: 'Skip Failed Reports',
				name: 'skipFailed',
				displayOptions: { show: { '/event': ['pdfReport'] } },
				type: 'boolean',
				default: false,
				description:
					'Whether to emit nothing for a report that failed (by default it is emitted once, marked as failed)',
			},
		],
	},
];
