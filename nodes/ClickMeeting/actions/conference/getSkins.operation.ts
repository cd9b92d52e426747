import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList } from '../../transport';

export const description = operationFields('conference', 'getSkins', []);

/** GET /conferences/skins — the room skins available to the account, one item per skin. */
export const execute: OperationExecute = async function (itemIndex) {
	const skins = await apiRequestList.call(this, { endpoint: '/conferences/skins', itemIndex });
	return skins.map((skin) => ({ json: skin }));
};
