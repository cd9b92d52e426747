/** The account's phone gateways. */
import { PHONE_GATEWAYS } from '../seed';
import { ok, route } from './route';

export const phoneGatewayRoutes = [
	route('GET /phone_gateways', () => ok(PHONE_GATEWAYS.map((p) => ({ ...p, geo: { ...p.geo } })))),
];
