/** Reading the requests the simulator recorded. */
import type { RecordedRequest } from '../../simulator';

type Line = Pick<RecordedRequest, 'method' | 'path' | 'status'>;

/** One `METHOD /path STATUS` line per request, e.g. 'GET /conferences/12 200'. */
export const lines = (requests: readonly Line[]): string[] =>
	requests.map((r) => `${r.method} ${r.path} ${r.status}`);
