import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequestList, path } from '../transport';
import { checkId } from './checks';

/** GET /conferences/:room_id/sessions — every session of a room. */
export async function listSessions(
	this: IExecuteFunctions,
	roomId: number,
	itemIndex: number,
): Promise<IDataObject[]> {
	return await apiRequestList.call(this, {
		endpoint: path`/conferences/${roomId}/sessions`,
		itemIndex,
	});
}

/**
 * Reads the Session locator (actions/common.descriptions.ts `sessionRLC`) as a numeric ID; fails
 * before any request when it is not one.
 */
export function readSessionId(this: IExecuteFunctions, itemIndex: number): number {
	const raw = String(
		this.getNodeParameter('session', itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	return checkId(this, itemIndex, raw, 'Session', 'session', ': pick a session or give its ID');
}

/**
 * Reads the Session parameter and checks, against the room's sessions list, that the session
 * belongs to the room, so that a wrong pair fails with a clear message naming the field.
 */
export async function getSessionId(
	this: IExecuteFunctions,
	itemIndex: number,
	roomId: number,
): Promise<number> {
	const sessionId = readSessionId.call(this, itemIndex);
	const sessions = await listSessions.call(this, roomId, itemIndex);
	if (!sessions.some((session) => Number(session.id) === sessionId)) {
		throw new NodeOperationError(
			this.getNode(),
			`Session ${sessionId} is not a session of room ${roomId} (field "Session")`,
			{
				itemIndex,
				description: 'Pick the session from the list, or check the room and session IDs.',
			},
		);
	}
	return sessionId;
}
