import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest } from '../transport';
import { sessionOptions } from './lists';

/** Every time zone the API knows (GET /time_zone_list). */
export async function getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const zones = await apiRequest.call(this, { method: 'GET', endpoint: '/time_zone_list' });
	return (Array.isArray(zones) ? (zones as string[]) : []).map((zone) => ({
		name: zone,
		value: zone,
	}));
}

/** The room skins of the account (GET /conferences/skins). */
export async function getSkins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skins = await apiRequest.call(this, { method: 'GET', endpoint: '/conferences/skins' });
	return (Array.isArray(skins) ? (skins as IDataObject[]) : []).map((skin) => ({
		name: String(skin.name),
		value: Number(skin.id),
	}));
}

/**
 * The sessions of the room chosen in the Room field, newest first, labelled by date and time (the
 * Session locator's list: `searchSessions`).
 */
export async function getSessions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await sessionOptions.call(this);
}
