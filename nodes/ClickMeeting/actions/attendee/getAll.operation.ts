import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, roomRLC, simplifyField } from '../common.descriptions';
import { limitList } from '../../helpers/people';
import { getRoomId } from '../../helpers/room';
import { readSessionId, sessionField } from '../../helpers/session';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';

const properties: INodeProperties[] = [
	roomRLC,
	sessionField,
	...returnAllOrLimit,
	simplifyField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Split Out Poll Answers',
				name: 'splitPollAnswers',
				type: 'boolean',
				default: false,
				description:
					'Whether to output one item per poll answer, with the fields of the attendee who gave it, instead of one item per attendee. Attendees without answers are left out.',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['attendee'], operation: ['getAll'] } },
	properties,
);

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
 * GET /conferences/:room/sessions/:session/attendees: one item per attendee (or per poll answer).
 * One request: each entry carries its own start_date / end_date, and the API itself answers 404 for a
 * session that is not in the room (so the session list is not read first).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const roomId = await getRoomId.call(this, itemIndex);
	const sessionId = readSessionId.call(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const options = this.getNodeParameter('options', itemIndex, {}) as { splitPollAnswers?: boolean };

	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/sessions/${sessionId}/attendees`,
		itemIndex,
		expect: 'list',
	});
	const attendees = limitList.call(this, itemIndex, Array.isArray(answer) ? (answer as IDataObject[]) : []);

	const items: INodeExecutionData[] = [];
	for (const attendee of attendees) {
		if (!options.splitPollAnswers) {
			items.push({ json: simplify ? simplifyAttendee(attendee, sessionId) : attendee });
			continue;
		}
		const { polls, ...withoutPolls } = attendee;
		const base = simplify ? simplifyAttendee(attendee, sessionId) : withoutPolls;
		items.push(...answerItems(base, Array.isArray(polls) ? (polls as Poll[]) : []));
	}
	return items;
}
