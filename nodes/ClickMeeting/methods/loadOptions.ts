import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest, apiRequestList } from '../transport';
import { sessionOptions } from './lists';

/** Every time zone the API knows (GET /time_zone_list). */
export async function getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const zones = (await apiRequest.call(this, {
		method: 'GET',
		endpoint: '/time_zone_list',
		expect: 'strings',
	})) as string[];
	return zones.map((zone) => ({ name: zone, value: zone }));
}

/** The room skins of the account (GET /conferences/skins). */
export async function getSkins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skins = await apiRequestList.call(this, { endpoint: '/conferences/skins' });
	return skins.map((skin) => ({
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
