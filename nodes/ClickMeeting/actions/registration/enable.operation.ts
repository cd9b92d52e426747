import { roomRLC } from '../common.descriptions';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { updateRegistration } from './updateRegistration';

export const description = operationFields('registration', 'enable', [roomRLC]);

/** PUT /conferences/:room_id — with registration[enabled]=1: outputs the updated room. */
export const execute: OperationExecute = async function (itemIndex) {
	return await updateRegistration.call(this, itemIndex, { enabled: true });
};
