import type { INodePropertyOptions } from 'n8n-workflow';

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
