import type { INodeProperties } from 'n8n-workflow';

/** The optional fields that Create and Update share, sorted by display name. */
export const sharedOptionalFields: INodeProperties[] = [
	{
		displayName: 'Connection Status Enabled',
		name: 'connectionStatusEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether to show the connection status in the room',
	},
	{
		displayName: 'Connection Tester Enabled',
		name: 'connectionTesterEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether to turn on the connection tester',
	},
	{
		displayName: 'Duration',
		name: 'duration',
		type: 'string',
		default: '1:00',
		placeholder: 'e.g. 1:20',
		description: 'Duration of the meeting in hours and minutes (H:MM), e.g. 1:20 or 0:20',
	},
	{
		displayName: 'Lobby Description',
		name: 'lobbyDescription',
		type: 'string',
		default: '',
		description:
			'Message shown in the lobby while attendees wait for the meeting to start (up to 160 characters)',
	},
	{
		displayName: 'Lobby Enabled',
		name: 'lobbyEnabled',
		type: 'boolean',
		default: true,
		description:
			'Whether attendees wait in the lobby until the organizer starts the meeting (paid accounts only)',
	},
	{
		displayName: 'Phone Gateway Enabled',
		name: 'phonegatewayEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether attendees may join by phone',
	},
	{
		displayName: 'Recorder Autostart Enabled',
		name: 'recorderAutostartEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether the recorder starts automatically',
	},
	{
		displayName: 'Registration Enabled',
		name: 'registrationEnabled',
		type: 'boolean',
		default: false,
		description: 'Whether attendees must register for the meeting',
	},
	{
		displayName: 'Registration Template',
		name: 'registrationTemplate',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3 },
		default: 1,
		description: 'Registration template of the meeting, 1 to 3',
	},
	{
		displayName: 'Room Invite Button Enabled',
		name: 'roomInviteButtonEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether the invite option is shown in the room',
	},
	{
		displayName: 'Show on Personal Page',
		name: 'showOnPersonalPage',
		type: 'boolean',
		default: true,
		description: 'Whether to display the room on your personal page',
	},
	{
		displayName: 'Skin Name or ID',
		name: 'skinId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSkins' },
		default: '',
		description:
			'Skin of the room. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Social Media Sharing Enabled',
		name: 'socialMediaSharingEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether attendees may share the room on social media',
	},
	{
		displayName: 'Starts At',
		name: 'startsAt',
		type: 'dateTime',
		default: '',
		description:
			'Start date and time of the meeting (not needed for a permanent room). Without an offset it is read in the Time Zone field’s zone.',
	},
	{
		displayName: 'Thank You Emails Enabled',
		name: 'thankYouEmailsEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether attendees get a thank-you email',
	},
	{
		displayName: 'Thank You Page URL',
		name: 'thankYouPageUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/thanks',
		description: 'Page attendees see after the meeting',
	},
	{
		displayName: 'Time Zone Name or ID',
		name: 'timezone',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTimeZones' },
		default: '',
		description:
			'Time zone of the start date, e.g. America/New_York. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];
