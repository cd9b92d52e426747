import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { outputFields, returnAllOrLimit, roomRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { limitList, simplifyRegistration } from '../../helpers/people';
import { getRoomId } from '../../helpers/room';
import { updateDisplayOptions } from '../../helpers/utils';
import { apiRequest, path } from '../../transport';

const properties: INodeProperties[] = [
	roomRLC,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{
				name: 'Active',
				value: 'active',
				description: 'Only registrations for sessions still to come',
			},
			{ name: 'All', value: 'all', description: 'Every registration of the room' },
		],
		default: 'all',
		description: 'Which registrations to get',
	},
	...returnAllOrLimit,
	...outputFields('email, first_name, last_name, url'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['registration'], operation: ['getAll'] } },
	properties,
);

/** GET /conferences/:room/registrations/:status: one item per registrant. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const status = String(this.getNodeParameter('status', itemIndex, 'all'))
		.trim()
		.toLowerCase();
	if (status !== 'all' && status !== 'active') {
		throw new NodeOperationError(
			this.getNode(),
			`The "Status" field must be "all" or "active", got "${status}"`,
			{
				itemIndex,
			},
		);
	}
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequest.call(this, {
		method: 'GET',
		endpoint: path`/conferences/${roomId}/registrations/${status}`,
		itemIndex,
		expect: 'list',
	});
	const registrations = limitList.call(
		this,
		itemIndex,
		Array.isArray(answer) ? (answer as IDataObject[]) : [],
	);
	return registrations.map((registration) => ({
		json: shapeOutput(output, registration, simplifyRegistration),
	}));
}
