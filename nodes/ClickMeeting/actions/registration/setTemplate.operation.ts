import { roomRLC } from '../common.descriptions';
import { checkWholeNumber } from '../../helpers/checks';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { updateRegistration } from './updateRegistration';

export const description = operationFields('registration', 'setTemplate', [
	roomRLC,
	{
		displayName: 'Template',
		name: 'template',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 3 },
		required: true,
		default: 1,
		description: 'The registration form template, 1 to 3. Registration is turned on as well.',
	},
]);

/** PUT /conferences/:room_id — with registration[enabled]=1 and registration[template]=1..3. */
export const execute: OperationExecute = async function (itemIndex) {
	const raw = this.getNodeParameter('template', itemIndex);
	const template = checkWholeNumber(this, itemIndex, raw, 'Template', 1, 3);
	return await updateRegistration.call(this, itemIndex, { enabled: true, template });
};
