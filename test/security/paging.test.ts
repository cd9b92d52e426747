import type { IncomingMessage } from 'node:http';

import { runNode } from '../harness/run-workflow';
import { PAGE_CAP, PAGE_SIZE } from '../../nodes/ClickMeeting/transport';
import { json, useHostile } from './hostile';

const room = (id: number) => ({
	id,
	name: `Room ${id}`,
	room_url: `https://acme.clickmeeting.com/room-${id}`,
	room_type: 'meeting',
	status: 'inactive',
});
const fullPage = (first: number) => Array.from({ length: PAGE_SIZE }, (_, i) => room(first + i));
const pageOf = (req: IncomingMessage) =>
	Number(new URL(req.url ?? '', 'http://x').searchParams.get('page') ?? '1');

const INACTIVE_ALL = {
	resource: 'conference',
	operation: 'getAll',
	status: 'inactive',
	returnAll: true,
	output: 'raw',
};

describe('bounded paging: GET /conferences/inactive with Return All', () => {
	const startServer = useHostile();

	it('stops with an error when every page holds the same 250 rooms (page ignored)', async () => {
		const same = fullPage(1);
		const server = await startServer((_req, res) => json(res, 200, same), { maxRequests: 20 });
		const { error, items } = await runNode(server.asSim(), INACTIVE_ALL);

		expect(server.requests).toHaveLength(2);
		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/GET \/conferences\/inactive repeated a page.*ignores `page`/);
	});

	it('stops with an error when a later page repeats ids already read (shifted, not identical)', async () => {
		const server = await startServer(
			(req, res) => {
				const page = pageOf(req);
				// page 1: ids 1..250, page 2: 251..500, page 3 onwards: 1..250 again, in reverse
				json(res, 200, page <= 2 ? fullPage((page - 1) * PAGE_SIZE + 1) : fullPage(1).reverse());
			},
			{ maxRequests: 20 },
		);
		const { error } = await runNode(server.asSim(), INACTIVE_ALL);

		expect(server.requests).toHaveLength(3);
		expect(error?.message).toMatch(/repeated a page: page 3/);
	});

	it(`stops after the page cap (${PAGE_CAP} pages) when every page is new and full`, async () => {
		const server = await startServer(
			(req, res) => json(res, 200, fullPage((pageOf(req) - 1) * PAGE_SIZE + 1)),
			{
				maxRequests: PAGE_CAP + 10,
			},
		);
		const { error } = await runNode(server.asSim(), INACTIVE_ALL);

		expect(server.requests).toHaveLength(PAGE_CAP);
		expect(error?.message).toMatch(new RegExp(`more than ${PAGE_CAP} full pages`));
	});

	it('a room By URL lookup over looping pages stops with the same error', async () => {
		const server = await startServer(
			(req, res) => {
				if (req.url?.startsWith('/v1/conferences/active')) return json(res, 200, []);
				json(res, 200, fullPage(1));
			},
			{ maxRequests: 20 },
		);
		const { error } = await runNode(server.asSim(), {
			resource: 'conference',
			operation: 'get',
			room: { __rl: true, mode: 'url', value: 'https://acme.clickmeeting.com/not-there' },
		});

		expect(server.requests.length).toBeLessThanOrEqual(3);
		expect(error?.message).toMatch(/repeated a page/);
	});

	it('a page whose entries are not objects is an error naming the endpoint', async () => {
		const server = await startServer((_req, res) => json(res, 200, [room(1), null]));
		const { error } = await runNode(server.asSim(), INACTIVE_ALL);

		expect(error?.message).toBe(
			'ClickMeeting answered GET /conferences/inactive with a list whose entry 2 is null, not an object',
		);
	});

	it('still reads an honest account to the end: 2 full pages and a short one', async () => {
		const server = await startServer((req, res) => {
			const page = pageOf(req);
			json(res, 200, page <= 2 ? fullPage((page - 1) * PAGE_SIZE + 1) : [room(9999)]);
		});
		const { error, items } = await runNode(server.asSim(), INACTIVE_ALL);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2 * PAGE_SIZE + 1);
		expect(server.requests).toHaveLength(3);
	});
});
