import type { IDataObject } from 'n8n-workflow';

import { recordingOutput } from '../../actions/recording/getAll.operation';
import { apiRequestList, path } from '../../transport';
import type { ListEventSource } from '../engine';
import { roomFields } from '../rooms';

/**
 * New Recording: GET /conferences/:room/recordings. Recording IDs only grow, so the cursor is
 * the highest ID seen (a recording's start date is when recording began, not when it appeared).
 */
export const recordingEvent: ListEventSource = {
	canHaveNews: () => true,
	async fetch(room) {
		return apiRequestList.call(this, { endpoint: path`/conferences/${room.id}/recordings` });
	},
	position(entry) {
		const id = Number(entry.id);
		if (!Number.isFinite(id)) return undefined;
		return { key: id, id };
	},
	// recording_file_size as a number (ClickMeeting sends a string)
	toJson: (entry, room): IDataObject => ({
		...recordingOutput(entry),
		...roomFields(room, room.id),
	}),
	noneMessage: 'No recording found in the watched rooms',
};
