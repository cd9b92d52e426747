import { getRoomId } from '../../helpers/room';
import { readLimit, takeLimit } from '../../helpers/limit';
import { operationFields } from '../../helpers/utils';
import type { OperationExecute } from '../node.type';
import { apiRequestList, path } from '../../transport';
import { returnAllOrLimit } from '../common.descriptions';
import { scopeFields } from './scope.description';

export const description = operationFields('file', 'getAll', [...scopeFields, ...returnAllOrLimit]);

/** GET /file-library, or GET /file-library/conferences/:room_id — one item per file. */
export const execute: OperationExecute = async function (itemIndex) {
	const limit = readLimit(this, itemIndex);
	const scope = this.getNodeParameter('scope', itemIndex) as string;
	const endpoint =
		scope === 'room'
			? path`/file-library/conferences/${await getRoomId.call(this, itemIndex)}`
			: '/file-library';
	const files = await apiRequestList.call(this, { endpoint, itemIndex });
	return takeLimit(files, limit).map((file) => ({ json: file }));
};
