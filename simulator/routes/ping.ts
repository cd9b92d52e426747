/** The API's liveness check (also the credential test). */
import { ok, route } from './route';

export const pingRoutes = [route('GET /ping', () => ok({ ping: 'pong' }))];
