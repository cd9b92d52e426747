import { outputFields, returnAllOrLimit, roomRLC } from '../common.descriptions';
import { readOutput, shapeOutput } from '../../helpers/output';
import { checkChoice } from '../../helpers/checks';
import { readLimit, takeLimit } from '../../helpers/limit';
import { simplifyRegistration } from '../../helpers/people';
import { getRoomId } from '../../helpers/room';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList, path } from '../../transport';

export const description = operationFields('registration', 'getAll', [
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
]);

/** GET /conferences/:room_id/registrations/:status — one item per registrant. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const status = checkChoice(
		this,
		itemIndex,
		String(this.getNodeParameter('status', itemIndex, 'all'))
			.trim()
			.toLowerCase(),
		'Status',
		['all', 'active'],
	);
	const output = readOutput.call(this, itemIndex);
	const roomId = await getRoomId.call(this, itemIndex);
	const answer = await apiRequestList.call(this, {
		endpoint: path`/conferences/${roomId}/registrations/${status}`,
		itemIndex,
	});
	return takeLimit(answer, limit).map((registration) => ({
		json: shapeOutput(output, registration, simplifyRegistration),
	}));
};
