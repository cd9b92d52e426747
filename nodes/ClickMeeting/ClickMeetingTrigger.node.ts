import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { listSearch } from './methods';
import { triggerProperties } from './trigger/description';
import { TRIGGER_SUBTITLE } from './trigger/events.description';
import type { PollSettings } from './trigger/engine';
import { pollListEvent } from './trigger/engine';
import { pollNewAttendees } from './trigger/events/attendee';
import { pollPdfReports } from './trigger/events/pdfReport';
import { recordingEvent } from './trigger/events/recording';
import type { AttendanceChoice } from './trigger/events/registrantAttendance';
import { pollRegistrantAttendance } from './trigger/events/registrantAttendance';
import { registrationEvent } from './trigger/events/registration';
import type { RoomTypeChoice } from './trigger/events/room';
import { newRoomEvent } from './trigger/events/room';
import { sessionEvent } from './trigger/events/session';
import { startingSoonEvent } from './trigger/events/startingSoon';
import { chosenRooms } from './trigger/rooms';

export class ClickMeetingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickMeeting Trigger',
		name: 'clickMeetingTrigger',
		icon: { light: 'file:clickmeeting.svg', dark: 'file:clickmeeting.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: TRIGGER_SUBTITLE,
		description:
			'Starts the workflow on new ClickMeeting registrations, rooms, recordings or attendees, rooms starting soon, ended sessions, finished PDF reports, or registrants who attended or missed a session',
		defaults: { name: 'ClickMeeting Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'clickMeetingApi', required: true }],
		properties: triggerProperties,
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event', 'registration') as string;
		const watch = event === 'newRoom' ? 'all' : (this.getNodeParameter('watch', 'all') as string);
		const rooms = watch === 'selected' ? chosenRooms.call(this) : [];
		const options = this.getNodeParameter('options', {}) as IDataObject;
		// Max Items per Poll is not part of the config: changing it keeps the cursors
		const maxItems = Number(options.maxItems ?? 0);
		const settings = (extra: IDataObject = {}): PollSettings => ({
			config: JSON.stringify({ event, watch, rooms, ...extra }),
			maxItems: Number.isFinite(maxItems) && maxItems > 0 ? Math.floor(maxItems) : undefined,
		});

		if (event === 'pdfReport') {
			const languages = [...new Set(this.getNodeParameter('languages', ['en']) as string[])];
			const config = JSON.stringify({ event, watch, rooms, languages: [...languages].sort() });
			return await pollPdfReports.call(this, config, {
				languages,
				download: options.download === true,
				binaryProperty: String(options.binaryPropertyName || 'data'),
				skipFailed: options.skipFailed === true,
				maxItems: settings().maxItems,
			});
		}
		if (event === 'registrantAttendance') {
			const attendance = this.getNodeParameter('attendance', 'both') as AttendanceChoice;
			return await pollRegistrantAttendance.call(this, settings({ attendance }), attendance);
		}
		if (event === 'newRoom') {
			const roomType = this.getNodeParameter('roomType', 'both') as RoomTypeChoice;
			const registrationOnly = this.getNodeParameter('registrationOnly', false) as boolean;
			return await pollListEvent.call(
				this,
				newRoomEvent({ roomType, registrationOnly }),
				settings({ roomType, registrationOnly }),
			);
		}
		if (event === 'roomStartingSoon') {
			const leadMinutes = Number(this.getNodeParameter('leadMinutes', 30));
			return await pollListEvent.call(
				this,
				startingSoonEvent(leadMinutes > 0 ? leadMinutes : 30),
				settings({ leadMinutes }),
			);
		}
		if (event === 'sessionEnded') return await pollListEvent.call(this, sessionEvent, settings());
		if (event === 'newAttendee') return await pollNewAttendees.call(this, settings());
		if (event === 'recording') return await pollListEvent.call(this, recordingEvent, settings());
		return await pollListEvent.call(this, registrationEvent, settings());
	}
}
