import type { INodeProperties } from 'n8n-workflow';

import { collection } from '../actions/fields';

import { roomRLC } from '../actions/common.descriptions';
import { LANGUAGES } from '../helpers/languages';
import { TRIGGER_EVENTS } from './events.description';

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
	collection('options', [
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
	]),
];
