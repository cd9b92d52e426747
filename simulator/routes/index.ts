/**
 * The /v1 route table, one module per resource of the node (`nodes/ClickMeeting/actions/<resource>/`),
 * each route in the reference's notation: search for 'GET /conferences/:room_id/sessions' to find it.
 */
import { accessTokenRoutes } from './accessToken';
import { attendeeRoutes } from './attendee';
import { autoLoginRoutes } from './autoLogin';
import { chatRoutes } from './chat';
import { conferenceRoutes } from './conference';
import { contactRoutes } from './contact';
import { fileRoutes } from './file';
import { invitationRoutes } from './invitation';
import { pdfReportRoutes } from './pdfReport';
import { phoneGatewayRoutes } from './phoneGateway';
import { pingRoutes } from './ping';
import { recordingRoutes } from './recording';
import { registrationRoutes } from './registration';
import type { Handler, Route } from './route';
import { resolve as resolveIn } from './route';
import { sessionRoutes } from './session';
import { timeZoneRoutes } from './timeZone';

export const ROUTES: Route[] = [
	...conferenceRoutes,
	...accessTokenRoutes,
	...autoLoginRoutes,
	...invitationRoutes,
	...sessionRoutes,
	...attendeeRoutes,
	...pdfReportRoutes,
	...registrationRoutes,
	...recordingRoutes,
	...contactRoutes,
	...timeZoneRoutes,
	...phoneGatewayRoutes,
	...fileRoutes,
	...chatRoutes,
	...pingRoutes,
];

/** The handler for a /v1 path (relative to /v1, without format suffix), or 404 / 405. */
export function resolve(
	method: string,
	path: string,
): { handler: Handler; params: Record<string, string> } {
	return resolveIn(ROUTES, method, path);
}

export { pdfFileRoute, servePdf } from './pdfReport';
export { match } from './route';
export type { Answer, ApiHost, Ctx, Handler, Route } from './route';
