import { invalid } from '../../helpers/checks';
import { toDay } from '../../helpers/dates';
import { readLimit, takeLimit } from '../../helpers/limit';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import { collection } from '../fields';

export const description = operationFields('chat', 'getAll', [
	...returnAllOrLimit,
	collection('filters', [
		{
			displayName: 'From Date',
			name: 'fromDate',
			type: 'dateTime',
			default: '',
			description:
				'Only chats on or after this day (compared with the chat’s date in its room’s time zone)',
		},
		{
			displayName: 'Room Name Contains',
			name: 'roomName',
			type: 'string',
			default: '',
			description: 'Only chats of rooms whose name contains this text (not case-sensitive)',
		},
		{
			displayName: 'To Date',
			name: 'toDate',
			type: 'dateTime',
			default: '',
			description:
				'Only chats on or before this day (compared with the chat’s date in its room’s time zone)',
		},
	]),
]);

interface ChatFilters {
	roomName?: string;
	fromDate?: string;
	toDate?: string;
}

/** GET /chats — one item per chat, filtered here by room name and date range. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as ChatFilters;
	const from = toDay.call(this, itemIndex, filters.fromDate, 'From Date');
	const to = toDay.call(this, itemIndex, filters.toDate, 'To Date');
	if (from && to && from > to) {
		throw invalid(this, itemIndex, 'From Date', `(${from}) is after the "To Date" field (${to})`);
	}
	const needle = (filters.roomName ?? '').trim().toLowerCase();

	const answer = await apiRequestList.call(this, { endpoint: '/chats', itemIndex });
	const chats = answer.filter((chat) => {
		const date = String(chat.date ?? '');
		if (
			needle &&
			!String(chat.name ?? '')
				.toLowerCase()
				.includes(needle)
		)
			return false;
		if (from && date < from) return false;
		if (to && date > to) return false;
		return true;
	});
	return takeLimit(chats, limit).map((chat) => ({ json: chat }));
};
