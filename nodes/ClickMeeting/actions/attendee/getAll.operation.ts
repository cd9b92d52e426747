import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { collection } from '../fields';

import { outputFields, returnAllOrLimit, roomRLC, sessionRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { readLimit } from '../../helpers/limit';
import { getRoomId } from '../../helpers/room';
import { listSessions, readSessionId } from '../../helpers/session';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList, path } from '../../transport';

export const description = operationFields('attendee', 'getAll', [
	roomRLC,
	{
		...sessionRLC,
		required: false,
		description:
			'A session of the room, from the list or by its ID. Leave empty for the attendees of every session of the room (each item carries its session_id).',
	},
	...returnAllOrLimit,
	...outputFields('email, nickname, role, start_date, end_date'),
	collection('options', [
		{
			displayName: 'Split Out Poll Answers',
			name: 'splitPollAnswers',
			type: 'boolean',
			default: false,
			description:
				'Whether to output one item per poll answer, with the fields of the attendee who gave it, instead of one item per attendee. Attendees without answers are left out.',
		},
	]),
]);

interface PollAnswer {
	points?: number;
	value?: string;
}
interface Poll {
	name?: string;
	questions?: Array<{ question?: string; answers?: PollAnswer[] }>;
}

/** The fields most workflows need; the join and leave dates are the attendee's own. */
function simplifyAttendee(attendee: IDataObject, sessionId: number): IDataObject {
	return {
		id: attendee.uid,
		session_id: sessionId,
		email: attendee.email,
		nickname: attendee.nickname,
		role: attendee.role,
		rating: attendee.rating ?? null,
		start_date: attendee.start_date ?? null,
		end_date: attendee.end_date ?? null,
	};
}

/** One item per answer of every poll question, each carrying the attendee's fields. */
function answerItems(base: IDataObject, polls: Poll[]): INodeExecutionData[] {
	const items: INodeExecutionData[] = [];
	for (const poll of polls) {
		for (const question of poll.questions ?? []) {
			for (const answer of question.answers ?? []) {
				items.push({
					json: {
						...base,
						poll_name: poll.name ?? null,
						question: question.question ?? null,
						answer: answer.value ?? null,
						points: answer.points ?? null,
					},
				});
			}
		}
	}
	return items;
}

/**
 * GET /conferences/:room_id/sessions/:session_id/attendees — one item per attendee (or per poll answer).
 * With a session: one request (each entry carries its own start_date / end_date, and the API answers 404
 * for a session that is not in the room). Without one: GET /conferences/:room_id/sessions, then each
 * session's attendee list in the API's order, stopping as soon as the Limit is reached.
 */
export const execute: OperationExecute = async function (itemIndex) {
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const chosen = String(
		this.getNodeParameter('session', itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	const singleSession = chosen !== '' ? readSessionId.call(this, itemIndex) : undefined;
	const options = this.getNodeParameter('options', itemIndex, {}) as { splitPollAnswers?: boolean };
	const limit = readLimit(this, itemIndex);

	const sessionIds =
		singleSession !== undefined
			? [singleSession]
			: (await listSessions.call(this, roomId, itemIndex))
					.map((session) => Number(session.id))
					.filter(Number.isSafeInteger);

	const attendees: Array<{ attendee: IDataObject; sessionId: number }> = [];
	for (const sessionId of sessionIds) {
		if (limit !== undefined && attendees.length >= limit) break;
		const answer = await apiRequestList.call(this, {
			endpoint: path`/conferences/${roomId}/sessions/${sessionId}/attendees`,
			itemIndex,
		});
		for (const attendee of answer) {
			if (limit !== undefined && attendees.length >= limit) break;
			attendees.push({ attendee, sessionId });
		}
	}

	const allSessions = singleSession === undefined;
	const items: INodeExecutionData[] = [];
	for (const { attendee, sessionId } of attendees) {
		// across sessions the full object carries its session_id too, so items can be told apart
		const whole = allSessions ? { ...attendee, session_id: sessionId } : attendee;
		if (!options.splitPollAnswers) {
			items.push({ json: shapeOutput(output, whole, () => simplifyAttendee(attendee, sessionId)) });
			continue;
		}
		const { polls, ...withoutPolls } = whole;
		const base = shapeOutput(output, withoutPolls, () => simplifyAttendee(attendee, sessionId));
		items.push(...answerItems(base, Array.isArray(polls) ? (polls as Poll[]) : []));
	}
	return items;
};
