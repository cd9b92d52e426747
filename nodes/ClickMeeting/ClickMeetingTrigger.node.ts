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
import { pollListEvent } from './trigger/engine';
import { pollNewAttendees } from './trigger/events/attendee';
import type { AttendanceChoice } from './trigger/events/registrantAttendance';
import { pollRegistrantAttendance } from './trigger/events/registrantAttendance';
import { pollPdfReports } from './trigger/events/pdfReport';
import { recordingEvent } from './trigger/events/recording';
import { registrationEvent } from './trigger/events/registration';
import { sessionEvent } from './trigger/events/session';
import { chosenRooms } from './trigger/rooms';

export class ClickMeetingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ClickMeeting Trigger',
		name: 'clickMeetingTrigger',
		icon: { light: 'file:clickmeeting.svg', dark: 'file:clickmeeting.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts the workflow on new ClickMeeting registrations, finished PDF reports, ended sessions, new recordings, new attendees or registrants who attended or missed a session',
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
		const watch = this.getNodeParameter('watch', 'all') as string;
		const rooms = watch === 'selected' ? chosenRooms.call(this) : [];

		if (event === 'pdfReport') {
			const languages = [...new Set(this.getNodeParameter('languages', ['en']) as string[])];
			const options = this.getNodeParameter('options', {}) as IDataObject;
			const config = JSON.stringify({ event, watch, rooms, languages: [...languages].sort() });
			return await pollPdfReports.call(this, config, {
				languages,
				download: options.download === true,
				binaryProperty: String(options.binaryPropertyName || 'data'),
				skipFailed: options.skipFailed === true,
			});
		}

		if (event === 'registrantAttendance') {
			const attendance = this.getNodeParameter('attendance', 'both') as AttendanceChoice;
			const config = JSON.stringify({ event, watch, rooms, attendance });
			return await pollRegistrantAttendance.call(this, config, attendance);
		}

		const config = JSON.stringify({ event, watch, rooms });
		if (event === 'sessionEnded') return await pollListEvent.call(this, sessionEvent, config);
		if (event === 'newAttendee') return await pollNewAttendees.call(this, config);
		if (event === 'recording') return await pollListEvent.call(this, recordingEvent, config);
		return await pollListEvent.call(this, registrationEvent, config);
	}
}
