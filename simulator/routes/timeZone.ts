/** Time zones: every one, or a country's (ISO 3166-1 alpha-2). */
import { MSG, invalid } from '../errors';
import { allTimeZones } from '../time';
import { timeZonesForCountry } from '../timezones';
import { COUNTRY_RE } from './input';
import { ok, route } from './route';

export const timeZoneRoutes = [
	route('GET /time_zone_list', () => ok(allTimeZones())),
	route('GET /time_zone_list/:country', (c) => {
		if (!COUNTRY_RE.test(c.params.country))
			throw invalid([{ name: 'country', message: MSG.country }]);
		return ok(timeZonesForCountry(c.params.country));
	}),
];
