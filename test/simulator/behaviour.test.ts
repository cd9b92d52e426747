/** Behaviour: errors, paging, PDF progression, tokens, cascades, files, chats, faults, recording, seeding. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import axios, { AxiosInstance } from 'axios';
import { useSimulator } from '../harness/simulator';
import { client, expectError, form, ISO_WITH_OFFSET, seededRoom } from './helpers';

const sim = useSimulator({ seed: true });
let api: AxiosInstance;
const room = (name: string) => seededRoom(sim, name);

beforeAll(() => {
	api = client(sim);
});
beforeEach(() => {
	sim.options.pdfSteps = 2;
	sim.options.pdfInProgressSpelling = 'IN PROGRESS';
	sim.options.latencyMs = 0;
	sim.options.maxTokensPerRoom = 4000;
});

const validRoom = { name: 'Room X', room_type: 'meeting', access_type: 1, permanent_room: 1 };

describe('auth and error shape', () => {
	it('missing and wrong X-Api-Key answer 401 naming X-Api-Key', async () => {
		expectError(await client(sim, null).get('/ping'), 401, 'X-Api-Key');
		expectError(await client(sim, 'wrong-key').get('/conferences/active'), 401, 'X-Api-Key');
		expect((await client(sim, 'wrong-key').get('/ping')).data.name).toBe('Unauthorized');
	});
	it('unknown room/session/file/recording/chat/path answer 404', async () => {
		const r = room('Product Launch Webinar');
		expectError(await api.get('/conferences/999999'), 404, 'room_id');
		expectError(await api.get(`/conferences/${r.id}/sessions/999999`), 404, 'session_id');
		expectError(await api.get(`/conferences/999999/sessions`), 404, 'room_id');
		expectError(await api.get('/file-library/999999'), 404, 'file_id');
		expectError(await api.get('/file-library/999999/download'), 404, 'file_id');
		expectError(await api.delete(`/conferences/${r.id}/recordings/999999`), 404, 'recording_id');
		expectError(await api.get('/chats/999999'), 404);
		expectError(await api.get('/nope'), 404);
		expectError(await api.get('/conferences/abc'), 404);
		expectError(await axios.get(`${sim.origin}/v2/ping`, { validateStatus: () => true }), 404);
		expectError(await api.patch('/ping'), 405);
	});
	it('a session of another room is 404', async () => {
		const s = sim.state.sessionsOfRoom(room('Product Launch Webinar').id)[0];
		expectError(
			await api.get(`/conferences/${room('Board Meeting').id}/sessions/${s.id}`),
			404,
			'session_id',
		);
	});
	it('.json suffix is accepted, .xml answers 415', async () => {
		const json = await api.get('/conferences/active.json');
		expect(json.status).toBe(200);
		expect(Array.isArray(json.data)).toBe(true);
		expect((await api.get('/ping.json')).data).toEqual({ ping: 'pong' });
		const xml = await api.get('/conferences/active.xml');
		expectError(xml, 415, 'format');
		expect(xml.data.errors[0].message).toMatch(/JSON/);
	});
});

describe('conferences', () => {
	describe('POST /conferences', () => {
		it.each([
			[{ ...validRoom, name: '' }, 'name'],
			[{ room_type: 'meeting', access_type: 1 }, 'name'],
			[{ ...validRoom, room_type: 'party' }, 'room_type'],
			[{ ...validRoom, access_type: 4 }, 'access_type'],
			[{ ...validRoom, access_type: 'x' }, 'access_type'],
			[{ ...validRoom, access_type: 2 }, 'password'],
			[{ ...validRoom, timezone: 'Mars/Olympus' }, 'timezone'],
			[{ ...validRoom, 'registration[template]': 4 }, 'registration[template]'],
			[{ ...validRoom, starts_at: 'tomorrow' }, 'starts_at'],
			[{ ...validRoom, duration: 'long' }, 'duration'],
			[{ ...validRoom, permanent_room: 'maybe' }, 'permanent_room'],
			[
				{ ...validRoom, 'settings[phonegateway_enabled]': 'perhaps' },
				'settings[phonegateway_enabled]',
			],
		])('create %j -> 422 naming %s', async (body, field) => {
			expectError(
				await api.post('/conferences', form(body as Record<string, string | number>)),
				422,
				field,
			);
		});
		it('create accepts ISO 8601 starts_at, duration in hours, booleans as strings, JSON bodies', async () => {
			const a = await api.post(
				'/conferences',
				form({
					...validRoom,
					permanent_room: 'false',
					starts_at: '2030-05-01T12:00:00+00:00',
					duration: 2,
					timezone: 'UTC',
					lobby_enabled: 'false',
				}),
			);
			expect(a.status).toBe(200);
			expect(a.data.room.starts_at).toBe('2030-05-01T12:00:00+00:00');
			expect(a.data.room.ends_at).toBe('2030-05-01T14:00:00+00:00');
			expect(a.data.room.lobby_enabled).toBe(false);
			expect(a.data.room.permanent_room).toBe(false);
			const b = await api.post('/conferences', {
				name: 'Json Room',
				room_type: 'webinar',
				access_type: 2,
				password: 'pw',
				permanent_room: true,
				registration: { enabled: true, template: 2 },
			});
			expect(b.status).toBe(200);
			expect(b.data.room.registration_enabled).toBe(1);
			expect(b.data.room.access_type).toBe(2);
			expect(b.data.room.room_pin).toEqual(expect.any(Number));
			const again = await api.post('/conferences', form({ ...validRoom, name: 'Json Room' }));
			expect(again.data.room.name_url).not.toBe(b.data.room.name_url);
		});
	});
	describe('PUT /conferences/:room_id', () => {
		it('update: starts_at/duration need permanent_room; status moves between lists', async () => {
			const r = room('Product Launch Webinar');
			expectError(
				await api.put(`/conferences/${r.id}`, form({ starts_at: '2030-01-01 10:00:00' })),
				422,
				'permanent_room',
			);
			expectError(
				await api.put(`/conferences/${r.id}`, form({ duration: '1:00' })),
				422,
				'permanent_room',
			);
			const ok = await api.put(
				`/conferences/${r.id}`,
				form({ starts_at: '2030-01-01 10:00:00', duration: '0:45', permanent_room: 0 }),
			);
			expect(ok.status).toBe(200);
			expect(ok.data.conference.starts_at).toBe('2030-01-01T10:00:00-05:00');
			expect(ok.data.conference.ends_at).toBe('2030-01-01T10:45:00-05:00');
			expectError(
				await api.put(`/conferences/${r.id}`, form({ status: 'archived' })),
				422,
				'status',
			);
			expectError(await api.put(`/conferences/${r.id}`, form({ access_type: 2 })), 422, 'password');
			expect(
				(await api.put(`/conferences/${r.id}`, form({ status: 'inactive' }))).data.conference
					.status,
			).toBe('inactive');
			const active = (await api.get('/conferences/active')).data as Array<{ id: number }>;
			const inactive = (await api.get('/conferences/inactive')).data as Array<{ id: number }>;
			expect(active.map((x) => x.id)).not.toContain(r.id);
			expect(inactive.map((x) => x.id)).toContain(r.id);
		});
	});
	describe('GET /conferences/:status', () => {
		it('inactive rooms page 250 per page, past the end []', async () => {
			sim.reset(false);
			sim.seedRooms(600, { status: 'inactive' });
			sim.seedRooms(5);
			const sizes: number[] = [];
			for (const page of [1, 2, 3, 4])
				sizes.push(
					((await api.get('/conferences/inactive', { params: { page } })).data as unknown[]).length,
				);
			expect(sizes).toEqual([250, 250, 100, 0]);
			expect(((await api.get('/conferences/inactive')).data as unknown[]).length).toBe(250);
			const p1 = (await api.get('/conferences/inactive?page=1')).data as Array<{ id: number }>;
			const p2 = (await api.get('/conferences/inactive?page=2')).data as Array<{ id: number }>;
			expect(new Set([...p1, ...p2].map((x) => x.id)).size).toBe(500);
			expect(((await api.get('/conferences/active')).data as unknown[]).length).toBe(5);
			expectError(await api.get('/conferences/inactive?page=0'), 422, 'page');
		});
	});
	describe('DELETE /conferences/:room_id', () => {
		it('deleting a room removes its sessions, registrations, tokens, recordings, files, chats', async () => {
			const r = room('Product Launch Webinar');
			const sessionIds = sim.state.sessionsOfRoom(r.id).map((s) => s.id);
			expect(sessionIds.length).toBeGreaterThan(0);
			sim.addRecording(r.id);
			const vip = room('VIP Masterclass');
			const vipTokens = sim.state.tokensOf(vip.id).map((t) => t.token);
			expect((await api.delete(`/conferences/${r.id}`)).data).toEqual({ result: 'OK' });
			expect((await api.delete(`/conferences/${vip.id}`)).data).toEqual({ result: 'OK' });
			expect(sim.state.rooms.has(r.id)).toBe(false);
			expect([...sim.state.sessions.values()].some((s) => s.room_id === r.id)).toBe(false);
			expect([...sim.state.registrations.values()].some((x) => x.room_id === r.id)).toBe(false);
			expect([...sim.state.recordings.values()].some((x) => x.room_id === r.id)).toBe(false);
			expect([...sim.state.files.values()].some((x) => x.room_id === r.id)).toBe(false);
			expect(sessionIds.some((id) => sim.state.chats.has(id))).toBe(false);
			expect(sim.state.tokens.has(vip.id)).toBe(false);
			expect(vipTokens.some((t) => sim.state.tokenCodes.has(t))).toBe(false);
			expectError(await api.get(`/conferences/${r.id}`), 404, 'room_id');
			expectError(await api.get(`/conferences/${r.id}/registrations/all`), 404, 'room_id');
			expectError(await api.get(`/chats/${sessionIds[0]}`), 404);
		});
	});
});

describe('tokens, autologin, invitations', () => {
	describe('POST /conferences/:room_id/tokens', () => {
		it('how_many 1..1000, unique 6-char codes, room cap, token rooms only', async () => {
			const vip = room('VIP Masterclass');
			for (const how_many of [0, 1001, 'abc', ''])
				expectError(
					await api.post(`/conferences/${vip.id}/tokens`, form({ how_many })),
					422,
					'how_many',
				);
			expectError(await api.post(`/conferences/${vip.id}/tokens`, form({})), 422, 'how_many');
			expectError(
				await api.post(`/conferences/${room('Board Meeting').id}/tokens`, form({ how_many: 1 })),
				422,
				'access_type',
			);
			for (let i = 0; i < 3; i++)
				expect(
					(await api.post(`/conferences/${vip.id}/tokens`, form({ how_many: 1000 }))).data
						.access_tokens,
				).toHaveLength(1000);
			const list = (await api.get(`/conferences/${vip.id}/tokens`)).data.access_tokens as Array<{
				token: string;
			}>;
			expect(list).toHaveLength(3005);
			expect(new Set(list.map((t) => t.token)).size).toBe(3005);
			expect(list.every((t) => /^[A-Z0-9]{6}$/.test(t.token))).toBe(true);
			expect(
				(await api.post(`/conferences/${vip.id}/tokens`, form({ how_many: 995 }))).status,
			).toBe(200);
			expectError(
				await api.post(`/conferences/${vip.id}/tokens`, form({ how_many: 1 })),
				422,
				'how_many',
			);
			sim.options.maxTokensPerRoom = 10;
			const other = sim.addRoom({ name: 'T2', access_type: 3 });
			expect(
				(await api.post(`/conferences/${other.id}/tokens`, form({ how_many: 10 }))).status,
			).toBe(200);
			expectError(
				await api.post(`/conferences/${other.id}/tokens`, form({ how_many: 1 })),
				422,
				'how_many',
			);
		});
	});
	describe('POST /conferences/:room_id/room/autologin_hash', () => {
		const autologin = (roomId: number, fields: Record<string, string>) =>
			api.post(`/conferences/${roomId}/room/autologin_hash`, form(fields));

		it('autologin validation: fields, password, tokens', async () => {
			const open = room('Weekly Team Meeting');
			expectError(await autologin(open.id, { nickname: 'a', role: 'listener' }), 422, 'email');
			expectError(await autologin(open.id, { email: 'a@b.co', role: 'listener' }), 422, 'nickname');
			expectError(
				await autologin(open.id, { email: 'a@b.co', nickname: 'a', role: 'admin' }),
				422,
				'role',
			);
			const pw = room('Board Meeting');
			expectError(
				await autologin(pw.id, { email: 'a@b.co', nickname: 'a', role: 'host', password: 'nope' }),
				422,
				'password',
			);
			expect(
				(
					await autologin(pw.id, {
						email: 'a@b.co',
						nickname: 'a',
						role: 'host',
						password: 'board-2024',
					})
				).data.autologin_hash,
			).toEqual(expect.any(String));
			const vip = room('VIP Masterclass');
			const fresh = sim.state.tokensOf(vip.id).find((t) => t.first_use_date === null) as {
				token: string;
			};
			expectError(
				await autologin(vip.id, { email: 'a@b.co', nickname: 'a', role: 'listener' }),
				422,
				'token',
			);
			expectError(
				await autologin(vip.id, {
					email: 'a@b.co',
					nickname: 'a',
					role: 'listener',
					token: 'ZZZZZZ',
				}),
				422,
				'token',
			);
			expect(
				(
					await autologin(vip.id, {
						email: 'a@b.co',
						nickname: 'a',
						role: 'listener',
						token: fresh.token,
					})
				).status,
			).toBe(200);
			expectError(
				await autologin(vip.id, {
					email: 'other@b.co',
					nickname: 'b',
					role: 'listener',
					token: fresh.token,
				}),
				422,
				'token',
			);
		});
	});
	describe('POST /conferences/:room_id/invitation/email/:lang', () => {
		it('invitations validate attendees and mark tokens in token rooms', async () => {
			const vip = room('VIP Masterclass');
			expectError(
				await api.post(`/conferences/${vip.id}/invitation/email/en`, form({})),
				422,
				'attendees',
			);
			expectError(
				await api.post(
					`/conferences/${vip.id}/invitation/email/en`,
					form({ 'attendees[0][email]': 'not-an-email' }),
				),
				422,
				'attendees[0][email]',
			);
			expectError(
				await api.post(
					`/conferences/${vip.id}/invitation/email/en`,
					form({ 'attendees[0][email]': 'a@b.co', template: 'fancy' }),
				),
				422,
				'template',
			);
			expectError(
				await api.post(
					`/conferences/${vip.id}/invitation/email/en`,
					form({ 'attendees[0][email]': 'a@b.co', role: 'host' }),
				),
				422,
				'role',
			);
			const res = await api.post(
				`/conferences/${vip.id}/invitation/email/pl`,
				form({
					'attendees[0][email]': 'x1@example.com',
					'attendees[1][email]': 'x2@example.com',
					template: 'advanced',
					role: 'presenter',
				}),
			);
			expect(res.data).toEqual({ status: 'OK' });
			expect(sim.state.invitations.map((i) => [i.email, i.lang, i.template, i.role])).toEqual([
				['x1@example.com', 'pl', 'advanced', 'presenter'],
				['x2@example.com', 'pl', 'advanced', 'presenter'],
			]);
			const tokens = (await api.get(`/conferences/${vip.id}/tokens`)).data.access_tokens as Array<{
				sent_to_email: string | null;
			}>;
			expect(
				tokens.filter(
					(t) => t.sent_to_email === 'x1@example.com' || t.sent_to_email === 'x2@example.com',
				),
			).toHaveLength(2);
		});
	});
});

describe('GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang', () => {
	const pdfUrl = (): string => {
		const r = room('Product Launch Webinar');
		return `/conferences/${r.id}/sessions/${sim.state.sessionsOfRoom(r.id)[0].id}/generate-pdf/en`;
	};
	it.each(['IN PROGRESS', 'IN_PROGRESS'] as const)(
		'NEW -> %s x steps -> FINISHED with a url serving a PDF',
		async (spelling) => {
			sim.options.pdfInProgressSpelling = spelling;
			sim.options.pdfSteps = 3;
			const seen: Array<{ status: string; progress: number; url?: string }> = [];
			for (let i = 0; i < 6; i++) seen.push((await api.get(pdfUrl())).data);
			expect(seen.map((s) => s.status)).toEqual([
				'NEW',
				spelling,
				spelling,
				spelling,
				'FINISHED',
				'FINISHED',
			]);
			// recorded answers: progress stays 0 until FINISHED
			expect(seen.map((s) => s.progress)).toEqual([0, 0, 0, 0, 100, 100]);
			const url = seen[4].url as string;
			expect(url).toMatch(/\/panel\/pdf\/en\/\d+\/\w+$/);
			const pdf = await axios.get(url, { responseType: 'arraybuffer' }); // no API key needed
			expect(pdf.headers['content-type']).toBe('application/pdf');
			expect(
				Buffer.from(pdf.data as ArrayBuffer)
					.subarray(0, 5)
					.toString(),
			).toBe('%PDF-');
			expect(Buffer.from(pdf.data as ArrayBuffer).toString('latin1')).toContain('%%EOF');
			// the session's pdf map reflects it
			const r = room('Product Launch Webinar');
			const s = sim.state.sessionsOfRoom(r.id)[0];
			expect((await api.get(`/conferences/${r.id}/sessions/${s.id}`)).data.pdf.en).toEqual({
				status: 'FINISHED',
				url,
				progress: 100,
			});
		},
	);
	it('keyed per language; forced failure answers FAILED', async () => {
		const r = room('Product Launch Webinar');
		const s = sim.state.sessionsOfRoom(r.id)[0];
		expect((await api.get(pdfUrl())).data.status).toBe('NEW');
		expect((await api.get(pdfUrl().replace(/en$/, 'pl'))).data.status).toBe('NEW');
		sim.forcePdfFailure(r.id, s.id, 'en');
		expect((await api.get(pdfUrl())).data.status).toBe('FAILED');
		sim.forcePdfFailure(r.id, s.id, 'de');
		expect((await api.get(pdfUrl().replace(/en$/, 'de'))).data.status).toBe('FAILED');
		expectError(await api.get(pdfUrl().replace(/en$/, 'english')), 422, 'lang');
	});
});

describe('contacts, time zones', () => {
	describe('POST /contacts', () => {
		it('contacts validate and an existing e-mail updates', async () => {
			expectError(
				await api.post('/contacts', form({ firstname: 'a', lastname: 'b' })),
				422,
				'email',
			);
			expectError(
				await api.post('/contacts', form({ email: 'bad', firstname: 'a', lastname: 'b' })),
				422,
				'email',
			);
			expectError(
				await api.post('/contacts', form({ email: 'a@b.co', lastname: 'b' })),
				422,
				'firstname',
			);
			expectError(
				await api.post('/contacts', form({ email: 'a@b.co', firstname: 'a' })),
				422,
				'lastname',
			);
			expectError(
				await api.post(
					'/contacts',
					form({ email: 'a@b.co', firstname: 'a', lastname: 'b', country: 'POL' }),
				),
				422,
				'country',
			);
			const before = sim.state.contacts.size;
			expect(
				(
					await api.post(
						'/contacts',
						form({
							email: 'New@Example.com',
							firstname: 'N',
							lastname: 'E',
							country: 'de',
							company: 'Acme',
						}),
					)
				).data,
			).toEqual({ status: 'OK' });
			expect(
				(
					await api.post(
						'/contacts',
						form({ email: 'new@example.com', firstname: 'Nina', lastname: 'E', phone: '+49 1' }),
					)
				).data,
			).toEqual({ status: 'OK' });
			expect(sim.state.contacts.size).toBe(before + 1);
			expect(sim.state.contacts.get('new@example.com')).toMatchObject({
				firstname: 'Nina',
				country: 'DE',
				company: 'Acme',
				phone: '+49 1',
			});
		});
	});
	describe('GET /time_zone_list and GET /time_zone_list/:country', () => {
		it('time zones: all, by country, unknown country [], malformed 422', async () => {
			const all = (await api.get('/time_zone_list')).data as string[];
			expect(all.length).toBeGreaterThan(300);
			for (const cc of ['US', 'PL', 'GB', 'DE', 'FR', 'CA', 'AU', 'BR', 'IN', 'JP']) {
				const zones = (await api.get(`/time_zone_list/${cc}`)).data as string[];
				expect(zones.length).toBeGreaterThan(0);
			}
			expect((await api.get('/time_zone_list/pl')).data).toEqual(['Europe/Warsaw']);
			expect((await api.get('/time_zone_list/ZZ')).data).toEqual([]);
			expectError(await api.get('/time_zone_list/POL'), 422, 'country');
			expectError(await api.get('/time_zone_list/1A'), 422, 'country');
		});
	});
});

describe('registrations', () => {
	describe('POST /conferences/:room_id/registration', () => {
		it('register: validation, disabled rooms, session assignment, fields', async () => {
			const w = room('Product Launch Webinar');
			const path = `/conferences/${w.id}/registration`;
			expectError(
				await api.post(path, form({ 'registration[2]': 'K', 'registration[3]': 'a@b.co' })),
				422,
				'registration[1]',
			);
			expectError(
				await api.post(path, form({ 'registration[1]': 'J', 'registration[2]': 'K' })),
				422,
				'registration[3]',
			);
			expectError(
				await api.post(
					path,
					form({ 'registration[1]': 'J', 'registration[2]': 'K', 'registration[3]': 'nope' }),
				),
				422,
				'registration[3]',
			);
			expectError(
				await api.post(
					`/conferences/${room('Board Meeting').id}/registration`,
					form({ 'registration[1]': 'J', 'registration[2]': 'K', 'registration[3]': 'a@b.co' }),
				),
				422,
				'registration',
			);
			const ok = await api.post(
				path,
				form({
					'registration[1]': 'Jan',
					'registration[2]': 'Kowalski',
					'registration[3]': 'jan@example.com',
					'registration[Company]': 'ACME',
				}),
			);
			expect(ok.data.status).toBe('OK');
			const all = (await api.get(`/conferences/${w.id}/registrations/all`)).data as Array<
				Record<string, unknown>
			>;
			const mine = all.find((r) => r.email === 'jan@example.com') as Record<string, unknown>;
			expect(mine).toMatchObject({
				registration_confirmed: 'null',
				fields: {
					'First Name': 'Jan',
					'Last Name': 'Kowalski',
					'Email Address': 'jan@example.com',
					Company: 'ACME',
				},
				id: expect.any(Number),
				session_id: expect.any(Number),
			});
			expect(mine.registration_date).toMatch(ISO_WITH_OFFSET);
			const session = sim.state.sessions.get(mine.session_id as number);
			expect(session?.room_id).toBe(w.id);
			expect((session?.end_date ?? 0) > Date.now()).toBe(true);
			const bySession = (
				await api.get(`/conferences/${w.id}/sessions/${mine.session_id}/registrations`)
			).data as Array<{ id: number }>;
			expect(bySession.map((r) => r.id)).toContain(mine.id);
			// past-session registrations are in "all" but not "active"
			const active = (await api.get(`/conferences/${w.id}/registrations/active`)).data as unknown[];
			expect(active.length).toBeLessThan(all.length);
			expectError(await api.get(`/conferences/${w.id}/registrations/cancelled`), 422, 'status');
		});
		it('a room without sessions gets one on first registration; same-second registrations', async () => {
			const r = sim.addRoom({ name: 'Fresh', registration_enabled: true });
			const when = '2026-03-01T10:00:00+00:00';
			const a = sim.addRegistration(r.id, { email: 'a@example.com', registration_date: when });
			const b = sim.addRegistration(r.id, {
				email: 'b@example.com',
				registration_date: new Date(when),
			});
			expect(a.session_id).toBe(b.session_id);
			expect(a.id).not.toBe(b.id);
			const list = (await api.get(`/conferences/${r.id}/registrations/all`)).data as Array<{
				registration_date: string;
			}>;
			expect(list[0].registration_date).toBe(list[1].registration_date);
			expect(list[0].registration_date).toBe('2026-03-01T05:00:00-05:00');
		});
	});
});

describe('files', () => {
	describe('POST /file-library and GET /file-library/:file_id/download', () => {
		it('multipart upload of 5 MB, download exact bytes with content type and filename', async () => {
			const data = randomBytes(5 * 1024 * 1024);
			const fd = new FormData();
			fd.append('note', 'hello');
			fd.append('uploaded', new Blob([data], { type: 'application/x-custom' }), 'big file.bin');
			const up = await api.post(`/file-library/conferences/${room('Weekly Team Meeting').id}`, fd, {
				maxBodyLength: Infinity,
			});
			expect(up.status).toBe(200);
			expect(up.data.name).toBe('big file.bin');
			const rec = sim.requests[sim.requests.length - 1];
			expect(rec.body).toEqual({
				fields: { note: 'hello' },
				files: [
					{
						field: 'uploaded',
						filename: 'big file.bin',
						contentType: 'application/x-custom',
						size: data.length,
					},
				],
			});
			const down = await api.get(`/file-library/${up.data.id}/download`, {
				responseType: 'arraybuffer',
			});
			expect(down.headers['content-type']).toBe('application/x-custom');
			expect(down.headers['content-disposition']).toContain('big file.bin');
			expect(Buffer.compare(Buffer.from(down.data as ArrayBuffer), data)).toBe(0);
			expect(
				(
					(await api.get(`/file-library/conferences/${room('Weekly Team Meeting').id}`))
						.data as Array<{ id: number }>
				).map((f) => f.id),
			).toContain(up.data.id);
			expect((await api.delete(`/file-library/${up.data.id}`)).data).toEqual({ response: 'OK' });
			expectError(await api.get(`/file-library/${up.data.id}`), 404, 'file_id');
		});
	});
	describe('POST /file-library', () => {
		it('upload without the uploaded field is 422', async () => {
			const fd = new FormData();
			fd.append('file', new Blob([Buffer.from('x')]), 'x.txt');
			expectError(await api.post('/file-library', fd), 422, 'uploaded');
			expectError(await api.post('/file-library', form({ a: 1 })), 422, 'uploaded');
		});
	});
});

describe('recordings and chats', () => {
	describe('DELETE /conferences/:room_id/recordings/:recording_id and DELETE /conferences/:room_id/recordings', () => {
		it('delete one and all recordings', async () => {
			const r = room('Weekly Team Meeting');
			const list = (await api.get(`/conferences/${r.id}/recordings`)).data as Array<{ id: number }>;
			expect(list.length).toBe(2);
			expect((await api.delete(`/conferences/${r.id}/recordings/${list[0].id}`)).data).toEqual({
				STATUS: 'OK',
			});
			expect(((await api.get(`/conferences/${r.id}/recordings`)).data as unknown[]).length).toBe(1);
			expect((await api.delete(`/conferences/${r.id}/recordings`)).data).toEqual({ STATUS: 'OK' });
			expect((await api.get(`/conferences/${r.id}/recordings`)).data).toEqual([]);
		});
	});
	describe('GET /chats/:session_id', () => {
		it('chat download is a valid deflated ZIP holding chat.csv (signature, CRC, unzip -t)', async () => {
			const s =
				sim.state.sessionsOfRoom(room('Board Meeting').id)[0] ??
				sim.addSession(room('Board Meeting').id);
			sim.addChat(s.id, [
				{
					nickname: 'Zoë',
					email: 'zoe@example.com',
					message: 'Cześć, "all"',
					time: Date.UTC(2016, 10, 17, 19, 26, 4),
				},
			]);
			const res = await api.get(`/chats/${s.id}`, { responseType: 'arraybuffer' });
			const zip = Buffer.from(res.data as ArrayBuffer);
			expect(zip.readUInt32LE(0)).toBe(0x04034b50);
			expect(zip.readUInt16LE(8)).toBe(8); // deflated
			const crc = zip.readUInt32LE(14);
			const size = zip.readUInt32LE(18);
			const nameLen = zip.readUInt16LE(26);
			const extraLen = zip.readUInt16LE(28);
			const name = zip.subarray(30, 30 + nameLen).toString();
			expect(name).toBe('chat.csv');
			const content = zlib.inflateRawSync(
				zip.subarray(30 + nameLen + extraLen, 30 + nameLen + extraLen + size),
			);
			expect(content.length).toBe(zip.readUInt32LE(22));
			expect(zlib.crc32(content)).toBe(crc);
			// Board Meeting is in Europe/London: 19:26:04 UTC in November is 07:26:04 PM there
			expect(content.toString()).toBe(
				'"November 17, 2016 07:26:04 PM",zoe@example.com,Zoë,"Cześć, ""all"""\n',
			);
			expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
			const dir = mkdtempSync(join(tmpdir(), 'cmzip-'));
			writeFileSync(join(dir, 'chat.zip'), zip);
			let unzipAvailable = true;
			try {
				execFileSync('unzip', ['-v'], { stdio: 'ignore' });
			} catch {
				unzipAvailable = false;
			}
			if (unzipAvailable)
				expect(execFileSync('unzip', ['-t', join(dir, 'chat.zip')]).toString()).toMatch(
					/No errors detected/,
				);
			const chats = (await api.get('/chats')).data as Array<{ id: number; name: string }>;
			expect(chats.find((c) => c.id === s.id)?.name).toBe('Board Meeting');
		});
	});
});

describe('faults and latency', () => {
	it('429 with Retry-After for the next N requests, then normal', async () => {
		sim.injectFault({ type: 'status', status: 429, count: 2, retryAfter: '3' });
		const a = await api.get('/ping');
		const b = await api.get('/conferences/active');
		const c = await api.get('/ping');
		expect([a.status, b.status, c.status]).toEqual([429, 429, 200]);
		expect(a.headers['retry-after']).toBe('3');
		expectError(a, 429);
		expect(sim.requests.map((r) => r.status)).toEqual([429, 429, 200]);
	});
	it('500/502/503 matched by method and path', async () => {
		sim.injectFault(
			{ type: 'status', status: 503, count: 1 },
			{ method: 'GET', path: '/conferences/active' },
		);
		sim.injectFault({ type: 'status', status: 500 }, { path: /^\/conferences\/\d+$/ });
		sim.injectFault(
			{ type: 'status', status: 502, body: '<html>Bad Gateway</html>' },
			{ path: '/time_zone_list*' },
		);
		expect((await api.get('/ping')).status).toBe(200);
		expect((await api.get('/conferences/active')).status).toBe(503);
		expect((await api.get('/conferences/active')).status).toBe(200);
		expect((await api.get(`/conferences/${room('Board Meeting').id}`)).status).toBe(500);
		const gw = await api.get('/time_zone_list/PL');
		expect(gw.status).toBe(502);
		expect(gw.data).toBe('<html>Bad Gateway</html>');
		expect((await api.get('/time_zone_list/PL')).status).toBe(200);
	});
	it('drop destroys the socket; malformed answers 200 with broken JSON', async () => {
		sim.injectFault({ type: 'drop' });
		await expect(api.get('/ping')).rejects.toThrow();
		sim.injectFault({ type: 'malformed' });
		const bad = await api.get('/ping', {
			responseType: 'text',
			transformResponse: (x: unknown) => x,
		});
		expect(bad.status).toBe(200);
		expect(() => JSON.parse(bad.data as string)).toThrow();
		expect((await api.get('/ping')).data).toEqual({ ping: 'pong' });
	});
	it('latency fault and latencyMs option', async () => {
		sim.injectFault({ type: 'latency', ms: 150 });
		let t = Date.now();
		expect((await api.get('/ping')).status).toBe(200);
		expect(Date.now() - t).toBeGreaterThanOrEqual(140);
		sim.options.latencyMs = 100;
		t = Date.now();
		await api.get('/ping');
		expect(Date.now() - t).toBeGreaterThanOrEqual(90);
	});
	it('unlimited fault until cleared', async () => {
		sim.injectFault({ type: 'status', status: 500, count: -1 });
		for (let i = 0; i < 3; i++) expect((await api.get('/ping')).status).toBe(500);
		sim.clearFaults();
		expect((await api.get('/ping')).status).toBe(200);
	});
});

describe('request recording', () => {
	it('records method, path, query, parsed bodies, headers without the key', async () => {
		await api.put(
			`/conferences/${room('Board Meeting').id}?x=1`,
			'settings%5Bshow_on_personal_page%5D=1&registration[enabled]=1&attendees[0][email]=a%40b.c&tags[]=a&tags[]=b',
			{
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
			},
		);
		await api.post('/contacts', { email: 'j@example.com', firstname: 'J', lastname: 'S' });
		const [put, post] = sim.requests;
		expect(put).toMatchObject({
			method: 'PUT',
			path: `/conferences/${room('Board Meeting').id}`,
			query: { x: '1' },
			body: {
				settings: { show_on_personal_page: '1' },
				registration: { enabled: '1' },
				attendees: [{ email: 'a@b.c' }],
				tags: ['a', 'b'],
			},
			status: 200,
		});
		expect(post.body).toEqual({ email: 'j@example.com', firstname: 'J', lastname: 'S' });
		for (const r of sim.requests) {
			expect(Object.keys(r.headers)).not.toContain('x-api-key');
			expect(JSON.stringify(r)).not.toContain(sim.apiKey);
		}
		sim.clearRequests();
		expect(sim.requests).toHaveLength(0);
	});
});

describe('seeding', () => {
	it('10,000 rooms', async () => {
		sim.reset(false);
		const rooms = sim.seedRooms(10_000);
		expect(rooms).toHaveLength(10_000);
		expect(sim.state.rooms.size).toBe(10_000);
		expect(new Set(rooms.map((r) => r.name_url)).size).toBe(10_000);
		expect(((await api.get('/conferences/active')).data as unknown[]).length).toBe(250);
		expect(((await api.get('/conferences/active?page=40')).data as unknown[]).length).toBe(250);
		expect(((await api.get('/conferences/active?page=41')).data as unknown[]).length).toBe(0);
	});
	it('demo seed has what the brief promises', () => {
		const rooms = [...sim.state.rooms.values()];
		expect(rooms.filter((r) => r.status === 'active').length).toBeGreaterThanOrEqual(3);
		expect(rooms.some((r) => r.status === 'inactive')).toBe(true);
		expect(rooms.some((r) => r.room_type === 'webinar' && r.registration_enabled)).toBe(true);
		expect(rooms.some((r) => r.access_type === 3 && sim.state.tokensOf(r.id).length > 0)).toBe(
			true,
		);
		expect([...sim.state.sessions.values()].some((s) => s.attendees.some((a) => a.polls))).toBe(
			true,
		);
		expect(sim.state.registrations.size).toBeGreaterThan(0);
		expect(sim.state.files.size).toBeGreaterThan(0);
		expect(sim.state.recordings.size).toBeGreaterThan(0);
		expect(sim.state.chats.size).toBeGreaterThan(0);
		sim.reset(false);
		expect(sim.state.rooms.size).toBe(0);
	});
});

describe('control API', () => {
	it('fault, requests, registrations, sessions, reset over HTTP', async () => {
		const ctl = axios.create({ baseURL: `${sim.origin}/__control`, validateStatus: () => true });
		expect(
			(
				await ctl.post('/fault', {
					type: 'status',
					status: 429,
					retryAfter: '1',
					count: 1,
					match: { path: '/ping' },
				})
			).status,
		).toBe(200);
		expect((await api.get('/ping')).status).toBe(429);
		expect((await api.get('/ping')).status).toBe(200);
		const reqs = (await ctl.get('/requests')).data as Array<{ path: string; status: number }>;
		expect(reqs.map((r) => r.status)).toEqual([429, 200]);
		const w = room('Product Launch Webinar');
		const reg = await ctl.post('/registrations', {
			room_id: w.id,
			email: 'ctl@example.com',
			firstname: 'C',
			lastname: 'T',
		});
		expect(reg.data).toMatchObject({
			status: 'OK',
			id: expect.any(Number),
			session_id: expect.any(Number),
		});
		const ses = await ctl.post('/sessions', { room_id: w.id, attendees: 3 });
		expect(ses.data).toMatchObject({ status: 'OK', id: expect.any(Number) });
		expect(sim.state.sessions.get(ses.data.id)?.attendees).toHaveLength(3);
		expect((await ctl.post('/sessions', { room_id: 1 })).status).toBe(404);
		expect((await ctl.post('/reset', { seed: false })).status).toBe(200);
		expect(sim.state.rooms.size).toBe(0);
		expect((await ctl.get('/nope')).status).toBe(404);
	});
});
