/**
 * What the recorded live answers and the official clients show beyond the reference (issue 16): the
 * `.json` suffix after a query string, parameters in a POST/PUT query string, "3:0" durations, active
 * rooms read by page, string error codes and the bare "200 OK" DELETE answer.
 */
import type { AxiosInstance } from 'axios';
import { useSimulator } from '../harness/simulator';
import { client, expectError, form } from './helpers';

const sim = useSimulator();
let api: AxiosInstance;

beforeAll(() => {
	api = client(sim);
});
beforeEach(() => {
	sim.options.activeRoomsPaging = 'paged';
	sim.options.bareOkDeletes = false;
	sim.options.stringErrorCodes = false;
});

describe('the format suffix after the query string (as the official clients send it)', () => {
	it('GET /conferences/inactive?page=1.json reads page 1', async () => {
		sim.seedRooms(260, { status: 'inactive' });
		const res = await api.get('/conferences/inactive?page=2.json');
		expect(res.status).toBe(200);
		expect((res.data as unknown[]).length).toBe(10);
		expect(sim.requests.at(-1)?.query).toEqual({ page: '2' });
	});
	it('GET /conferences/active?page=1.xml is refused like a .xml path', async () => {
		expectError(await api.get('/conferences/active?page=1.xml'), 415, 'format');
	});
});

describe('GET /conferences/:status: paging of the active rooms', () => {
	it("'paged' (default): 250 a page, page 1 without `page`, an empty page past the end", async () => {
		const rooms = sim.seedRooms(300);
		const page = async (q: string) =>
			((await api.get(`/conferences/active${q}`)).data as Array<{ id: number }>).map((r) => r.id);
		expect(await page('')).toEqual(rooms.slice(0, 250).map((r) => r.id));
		expect(await page('?page=1')).toEqual(rooms.slice(0, 250).map((r) => r.id));
		expect(await page('?page=2')).toEqual(rooms.slice(250).map((r) => r.id));
		expect(await page('?page=3')).toEqual([]);
	});
	it("'ignored': every active room on every page", async () => {
		sim.options.activeRoomsPaging = 'ignored';
		sim.seedRooms(300);
		expect(((await api.get('/conferences/active?page=2')).data as unknown[]).length).toBe(300);
	});
});

describe('POST/PUT parameters in the query string', () => {
	it('POST /conferences takes its fields from the query string, the body winning on a clash', async () => {
		const res = await api.post(
			'/conferences?name=From%20query&room_type=webinar&access_type=1&lobby_description=q',
			form({ lobby_description: 'body' }),
		);
		expect(res.status).toBe(200);
		expect(res.data.room).toMatchObject({
			name: 'From query',
			room_type: 'webinar',
			lobby_description: 'body',
		});
	});
	it('PUT /conferences/:room_id takes bracket fields from the query string', async () => {
		const room = sim.addRoom({ name: 'Q' });
		const res = await api.put(
			`/conferences/${room.id}?registration[enabled]=1&settings[recorder_autostart_enabled]=1`,
		);
		expect(res.status).toBe(200);
		expect(room.registration_enabled).toBe(true);
		expect(room.settings.recorder_autostart_enabled).toBe(true);
	});
});

describe('durations', () => {
	it.each([
		['3:0', '2030-01-02T13:00:00+00:00'],
		['1:5', '2030-01-02T11:05:00+00:00'],
		['1:20', '2030-01-02T11:20:00+00:00'],
	])('"%s" is accepted', async (duration, endsAt) => {
		const res = await api.post(
			'/conferences',
			form({
				name: `D ${duration}`,
				room_type: 'meeting',
				access_type: 1,
				permanent_room: 0,
				starts_at: '2030-01-02 10:00:00',
				timezone: 'UTC',
				duration,
			}),
		);
		expect(res.status).toBe(200);
		expect(res.data.room.ends_at).toBe(endsAt);
	});
	it('"1:60" is not', async () => {
		const res = await api.post(
			'/conferences',
			form({
				name: 'D',
				room_type: 'meeting',
				access_type: 1,
				permanent_room: 0,
				starts_at: '2030-01-02 10:00:00',
				duration: '1:60',
			}),
		);
		expectError(res, 422, 'duration');
	});
});

describe('answers the live API sometimes gives', () => {
	it('stringErrorCodes: the error body carries code "422"', async () => {
		sim.options.stringErrorCodes = true;
		const res = await api.post('/conferences', form({ room_type: 'meeting', access_type: 1 }));
		expect(res.status).toBe(422);
		expect(res.data).toEqual({
			code: '422',
			name: 'Unprocessable Entity',
			errors: [{ name: 'name', message: 'This value should not be blank.' }],
		});
	});
	it('bareOkDeletes: every DELETE answers the JSON string "200 OK"', async () => {
		sim.options.bareOkDeletes = true;
		const room = sim.addRoom();
		const rec = sim.addRecording(room.id);
		const file = sim.addFile(Buffer.from('x'), 'x.txt');
		for (const path of [
			`/conferences/${room.id}/recordings/${rec.id}`,
			`/conferences/${room.id}/recordings`,
			`/file-library/${file.id}`,
			`/conferences/${room.id}`,
		]) {
			const res = await api.delete(path, { transformResponse: (raw: string) => raw });
			expect({ path, status: res.status, body: res.data }).toEqual({
				path,
				status: 200,
				body: '"200 OK"',
			});
		}
		expect(sim.state.rooms.has(room.id)).toBe(false);
	});
});
