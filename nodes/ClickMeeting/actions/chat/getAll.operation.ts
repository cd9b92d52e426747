import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { applyLimit } from '../../helpers/numericId';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
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
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['chat'], operation: ['getAll'] } },
	properties,
);

interface ChatFilters {
	roomName?: string;
	fromDate?: string;
	toDate?: string;
}

/** The calendar day (YYYY-MM-DD) a filter date names, or undefined when it is empty. */
function dayOf(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	field: string,
): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
	if (!day) {
		throw new NodeOperationError(
			this.getNode(),
			`The "${field}" filter must be a date such as 2024-05-31, got "${text}"`,
			{ itemIndex },
		);
	}
	return day;
}

/** GET /chats: one item per chat, filtered here by room name and date range. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as ChatFilters;
	const from = dayOf.call(this, itemIndex, filters.fromDate, 'From Date');
	const to = dayOf.call(this, itemIndex, filters.toDate, 'To Date');
	if (from && to && from > to) {
		throw new NodeOperationError(
			this.getNode(),
			`The "From Date" filter (${from}) is after the "To Date" filter (${to})`,
			{ itemIndex },
		);
	}
	const needle = (filters.roomName ?? '').trim().toLowerCase();

	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: '/chats',
		itemIndex,
		expect: 'list',
	});
	const chats = (Array.isArray(answer) ? (answer as IDataObject[]) : []).filter((chat) => {
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
	return applyLimit(this, itemIndex, chats).map((chat) => ({ json: chat }));
}
