/**
 * Contract: for every endpoint of the reference, the simulator's answer has every field of the
 * example response with the same JSON type, where the examples are the reference's corrected by the
 * answers recorded from the live API (issue 16): the recorded shapes and types win.
 */
import { inflateRawSync } from 'node:zlib';
import type { AxiosInstance } from 'axios';
import { useSimulator } from '../harness/simulator';
import * as ref from './reference-examples';
import { ISO_WITH_OFFSET, SQL_DATE, assertShape, client, form, seededRoom } from './helpers';

// One seeded state for the whole file: the endpoints are read in order over it.
const sim = useSimulator({ seed: true, resetEach: false });
let api: AxiosInstance;
const room = (name: string) => seededRoom(sim, name);

beforeAll(() => {
	api = client(sim);
});

async function expectOk(
	p: Promise<{ status: number; data: unknown }>,
	example: unknown,
): Promise<unknown> {
	const res = await p;
	expect({ status: res.status, body: res.data }).toMatchObject({ status: 200 });
	assertShape(res.data, example);
	return res.data;
}

describe('conferences', () => {
	describe('GET /conferences/:status', () => {
		it('GET /conferences/active', async () => {
			const data = (await expectOk(api.get('/conferences/active'), ref.conferencesList)) as Array<
				Record<string, unknown>
			>;
			for (const r of data) {
				expect(r.status).toBe('active');
				expect(typeof r.lobby_enabled).toBe('boolean');
				expect([0, 1]).toContain(r.registration_enabled);
				expect(r.autologin_hash).toBe((r.autologin_hashes as { host: string }).host);
				expect(r.settings).not.toHaveProperty('phonegateway_enabled');
				expect(r.settings).not.toHaveProperty('thank_you_page_url');
				expect(r.updated_at).toMatch(ISO_WITH_OFFSET);
				expect(r.created_at).toMatch(ISO_WITH_OFFSET);
			}
		});
		it('GET /conferences/inactive', async () => {
			const data = (await expectOk(api.get('/conferences/inactive'), ref.conferencesList)) as Array<
				Record<string, unknown>
			>;
			expect(data.every((r) => r.status === 'inactive')).toBe(true);
		});
		it('GET /conferences (recorded: {"active_conferences": [...]})', async () => {
			const data = (await expectOk(api.get('/conferences'), ref.allConferences)) as {
				active_conferences: Array<{ status: string }>;
			};
			expect(data.active_conferences.length).toBe(
				[...sim.state.rooms.values()].filter((r) => r.status === 'active').length,
			);
		});
	});
	describe('POST /conferences', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.post(
					'/conferences',
					form({
						name: 'Contract room',
						room_type: 'meeting',
						access_type: 1,
						permanent_room: 0,
						starts_at: '2030-01-02 10:00:00',
						duration: '1:20',
						timezone: 'Europe/Warsaw',
						lobby_description: 'hi',
					}),
				),
				ref.createRoom,
			)) as { room: Record<string, unknown> };
			expect(data.room.lobby_enabled).toBe(true);
			expect(data.room.starts_at).toBe('2030-01-02T10:00:00+01:00');
			expect(data.room.ends_at).toBe('2030-01-02T11:20:00+01:00');
			expect(data.room.ccc).toBe('2030-01-02 09:00:00');
			expect(data.room.room_url).toBe('https://sim.clickmeeting.test/contract_room');
		});
	});
	describe('GET /conferences/:room_id', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(api.get(`/conferences/${room('Weekly Team Meeting').id}`), ref.getRoom);
		});
	});
	describe('PUT /conferences/:room_id', () => {
		it("answers as the reference's example does", async () => {
			const r = room('Product Launch Webinar');
			const data = (await expectOk(
				api.put(
					`/conferences/${r.id}`,
					form({ name: 'Product Launch Webinar', lobby_description: 'Updated' }),
				),
				ref.updateRoom,
			)) as {
				conference: Record<string, unknown>;
			};
			expect(data.conference.lobby_enabled).toBe(true);
			expect(data.conference.lobby_description).toBe('Updated');
		});
		it('registration on/off and template', async () => {
			const r = room('Weekly Team Meeting');
			const on = (await expectOk(
				api.put(`/conferences/${r.id}`, form({ 'registration[enabled]': 1 })),
				ref.registrationToggle,
			)) as { conference: Record<string, unknown> };
			expect(on.conference.registration_enabled).toBe(1);
			await expectOk(
				api.put(
					`/conferences/${r.id}`,
					form({ 'registration[enabled]': 1, 'registration[template]': 3 }),
				),
				ref.registrationToggle,
			);
			expect(r.registration_template).toBe(3);
			const off = (await expectOk(
				api.put(`/conferences/${r.id}`, form({ 'registration[enabled]': 0 })),
				ref.registrationToggle,
			)) as { conference: Record<string, unknown> };
			expect(off.conference.registration_enabled).toBe(0);
		});
	});
	describe('DELETE /conferences/:room_id', () => {
		it("answers as the reference's example does", async () => {
			const r = sim.addRoom({ name: 'To delete' });
			await expectOk(api.delete(`/conferences/${r.id}`), ref.deleteRoom);
		});
	});
	describe('GET /conferences/skins', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(api.get('/conferences/skins'), ref.skins);
		});
	});
});

describe('tokens, autologin, invitations', () => {
	describe('POST /conferences/:room_id/tokens', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.post(`/conferences/${room('VIP Masterclass').id}/tokens`, form({ how_many: 2 })),
				ref.generateTokens,
			)) as {
				access_tokens: Array<{ token: string }>;
			};
			expect(data.access_tokens).toHaveLength(2);
			for (const t of data.access_tokens) expect(t.token).toMatch(/^[A-Z0-9]{6}$/);
		});
	});
	describe('GET /conferences/:room_id/tokens', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.get(`/conferences/${room('VIP Masterclass').id}/tokens`),
				ref.listTokens,
			)) as {
				access_tokens: Array<{ first_use_date: string | null }>;
			};
			expect(
				data.access_tokens.some(
					(t) => t.first_use_date !== null && ISO_WITH_OFFSET.test(t.first_use_date),
				),
			).toBe(true);
		});
	});
	describe('POST /conferences/:room_id/room/autologin_hash', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				api.post(
					`/conferences/${room('Weekly Team Meeting').id}/room/autologin_hash`,
					form({ email: 'a@example.com', nickname: 'Ann', role: 'listener' }),
				),
				ref.autologinHash,
			);
		});
	});
	describe('POST /conferences/:room_id/invitation/email/:lang', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				api.post(
					`/conferences/${room('Weekly Team Meeting').id}/invitation/email/en`,
					form({ 'attendees[0][email]': 'guest@example.com' }),
				),
				ref.invitation,
			);
		});
	});
});

describe('sessions', () => {
	const webinarSession = (): number =>
		sim.state.sessionsOfRoom(room('Product Launch Webinar').id)[0].id;
	describe('GET /conferences/:room_id/sessions', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				api.get(`/conferences/${room('Product Launch Webinar').id}/sessions`),
				ref.sessions,
			);
		});
	});
	describe('GET /conferences/:room_id/sessions/:sessoin_id', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.get(`/conferences/${room('Product Launch Webinar').id}/sessions/${webinarSession()}`),
				ref.session,
			)) as Record<string, unknown>;
			expect(data).not.toHaveProperty('id');
			expect(Object.keys(data.pdf as object).sort()).toEqual(['de', 'en', 'es', 'pl', 'ru']);
		});
	});
	describe('GET /conferences/:room_id/sessions/:session_id/attendees', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.get(
					`/conferences/${room('Product Launch Webinar').id}/sessions/${webinarSession()}/attendees`,
				),
				ref.attendees,
			)) as Array<Record<string, unknown>>;
			for (const a of data) {
				expect(typeof a.uid).toBe('string');
				if (a.role !== 'listener') expect([a.rating, a.rating_comment]).toEqual([null, null]);
				else expect(typeof a.rating).toBe('string');
			}
		});
	});
	describe('GET /conferences/:room_id/sessions/:sessoin_id/generate-pdf/:lang', () => {
		it("answers as the reference's example does", async () => {
			const url = `/conferences/${room('Product Launch Webinar').id}/sessions/${webinarSession()}/generate-pdf/pl`;
			let res = await api.get(url);
			const seen: unknown[] = [];
			for (let i = 0; i < 10 && res.data.status !== 'FINISHED'; i++) {
				res = await api.get(url);
				seen.push(res.data);
			}
			expect(res.status).toBe(200);
			assertShape(res.data, ref.pdfFinished);
			// recorded: progress stays 0 while IN PROGRESS
			expect(seen).toContainEqual(ref.pdfInProgress);
			// the session detail now shows the requested report as {status, url, progress}
			const detail = (
				await api.get(
					`/conferences/${room('Product Launch Webinar').id}/sessions/${webinarSession()}`,
				)
			).data as { pdf: Record<string, unknown> };
			expect(detail.pdf.pl).toEqual({ status: 'FINISHED', url: res.data.url, progress: 100 });
			expect(detail.pdf.en).toEqual({
				generate_pdf_url: expect.stringMatching(/\/generate-pdf\/en$/),
				progress: 0,
			});
		});
	});
	describe('GET /conferences/:room_id/sessions/:session_id/registrations', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				api.get(
					`/conferences/${room('Product Launch Webinar').id}/sessions/${webinarSession()}/registrations`,
				),
				ref.sessionRegistrations,
			);
		});
	});
});

describe('contacts, time zones, phone gateways', () => {
	describe('POST /contacts', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				api.post(
					'/contacts',
					form({ email: 'c@example.com', firstname: 'C', lastname: 'D', country: 'PL' }),
				),
				ref.contacts,
			);
		});
	});
	describe('GET /time_zone_list', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(api.get('/time_zone_list'), ref.timeZoneList)) as string[];
			expect(data).toEqual(
				expect.arrayContaining(ref.timeZoneList.concat(['America/New_York', 'Europe/Warsaw'])),
			);
		});
	});
	describe('GET /time_zone_list/:country', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.get('/time_zone_list/US'),
				ref.timeZoneListByCountry,
			)) as string[];
			expect(data).toEqual(expect.arrayContaining(ref.timeZoneListByCountry));
		});
	});
	describe('GET /phone_gateways', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(api.get('/phone_gateways'), ref.phoneGateways);
		});
	});
});

describe('registrations', () => {
	beforeAll(() => {
		// recorded: a confirmed registration (ISO date) that belongs to no session
		sim.addRegistration(room('Product Launch Webinar').id, {
			email: 'no.session@example.com',
			session_id: null,
			registration_confirmed: Date.now() - 60_000,
		});
	});
	describe('GET /conferences/:room_id/registrations/:status', () => {
		it('GET /conferences/:room_id/registrations/all', async () => {
			const data = (await expectOk(
				api.get(`/conferences/${room('Product Launch Webinar').id}/registrations/all`),
				ref.registrations,
			)) as Array<Record<string, unknown>>;
			for (const r of data) expect(r.registration_date).toMatch(ISO_WITH_OFFSET);
		});
		it('GET /conferences/:room_id/registrations/active', async () => {
			await expectOk(
				api.get(`/conferences/${room('Product Launch Webinar').id}/registrations/active`),
				ref.registrations,
			);
		});
	});
	describe('POST /conferences/:room_id/registration', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.post(
					`/conferences/${room('Product Launch Webinar').id}/registration`,
					form({
						'registration[1]': 'Jan',
						'registration[2]': 'Kowalski',
						'registration[3]': 'jan@example.com',
						'confirmation_email[enabled]': 1,
						'confirmation_email[lang]': 'pl',
					}),
				),
				ref.register,
			)) as { url: string; r: string };
			expect(data).not.toHaveProperty('exist');
			expect(data.url).toBe(`https://sim.clickmeeting.test/product_launch_webinar?r=${data.r}`);
			const listed = (
				(await api.get(`/conferences/${room('Product Launch Webinar').id}/registrations/all`))
					.data as Array<{ email: string; url: string }>
			).find((x) => x.email === 'jan@example.com');
			expect(listed?.url).toBe(data.url);
		});
		it('of an e-mail already registered (recorded: exist 1, nothing created)', async () => {
			const id = room('Product Launch Webinar').id;
			const before = sim.state.registrationsOfRoom(id).length;
			const first = (
				await api.post(
					`/conferences/${id}/registration`,
					form({
						'registration[1]': 'Ed',
						'registration[2]': 'Twice',
						'registration[3]': 'twice@example.com',
					}),
				)
			).data as { url: string };
			const again = (await expectOk(
				api.post(
					`/conferences/${id}/registration`,
					form({
						'registration[1]': 'Ed',
						'registration[2]': 'Twice',
						'registration[3]': 'TWICE@example.com',
					}),
				),
				ref.registerExisting,
			)) as { url: string; exist: number };
			expect(again.exist).toBe(1);
			expect(again.url).toBe(first.url);
			expect(sim.state.registrationsOfRoom(id).length).toBe(before + 1);
		});
	});
});

describe('files', () => {
	const upload = (path: string) => {
		const fd = new FormData();
		fd.append(
			'uploaded',
			new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
			'profile.png',
		);
		return api.post(path, fd);
	};
	describe('GET /file-library', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(api.get('/file-library'), [ref.files[0]]);
			const data = (await api.get('/file-library')).data as Array<{ upload_date: string }>;
			for (const f of data) expect(f.upload_date).toMatch(SQL_DATE);
		});
	});
	describe('POST /file-library', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(upload('/file-library'), ref.uploadFile)) as {
				id: number;
				status: string;
			};
			expect(data.status).toBe('waiting_for_conversion');
			expect(((await api.get(`/file-library/${data.id}`)).data as { status: string }).status).toBe(
				'converted',
			);
		});
		it('a PDF: document_type "presentation_pdf" (recorded)', async () => {
			const fd = new FormData();
			fd.append(
				'uploaded',
				new Blob([Buffer.from('%PDF-1.4\n')], { type: 'application/pdf' }),
				'deck.pdf',
			);
			expect(
				((await api.post('/file-library', fd)).data as { document_type: string }).document_type,
			).toBe('presentation_pdf');
		});
	});
	describe('GET /file-library/conferences/:room_id', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				api.get(`/file-library/conferences/${room('Product Launch Webinar').id}`),
				ref.roomFiles,
			);
		});
	});
	describe('POST /file-library/conferences/:room_id', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(
				upload(`/file-library/conferences/${room('Product Launch Webinar').id}`),
				ref.uploadRoomFile,
			);
		});
	});
	describe('GET /file-library/:file_id', () => {
		it("answers as the reference's example does", async () => {
			const id = [...sim.state.files.keys()][0];
			await expectOk(api.get(`/file-library/${id}`), ref.file);
		});
	});
	describe('DELETE /file-library/:file_id', () => {
		it("answers as the reference's example does", async () => {
			const f = sim.addFile(Buffer.from('x'), 'x.txt');
			await expectOk(api.delete(`/file-library/${f.id}`), ref.deleteFile);
		});
	});
	describe('GET /file-library/:file_id/download', () => {
		it("answers as the reference's example does", async () => {
			const f = sim.addFile(Buffer.from('hello'), 'hello.txt');
			const res = await api.get(`/file-library/${f.id}/download`, { responseType: 'arraybuffer' });
			expect(res.status).toBe(200);
			expect(Buffer.from(res.data as ArrayBuffer).toString()).toBe('hello');
		});
	});
});

describe('recordings, chats, ping', () => {
	describe('GET /conferences/:room_id/recordings', () => {
		it("answers as the reference's example does", async () => {
			const data = (await expectOk(
				api.get(`/conferences/${room('Weekly Team Meeting').id}/recordings`),
				ref.recordings,
			)) as Array<{
				recorder_started: string;
				recorder_start_date: string;
				recording_file_size: unknown;
			}>;
			for (const r of data) {
				expect(r.recorder_started).toMatch(SQL_DATE);
				expect(r.recorder_start_date).toBe(`${r.recorder_started.replace(' ', 'T')}+00:00`);
				expect(typeof r.recording_file_size).toBe('string');
			}
		});
	});
	describe('DELETE /conferences/:room_id/recordings/:recording_id', () => {
		it("answers as the reference's example does", async () => {
			const r = sim.addRecording(room('Board Meeting').id);
			await expectOk(
				api.delete(`/conferences/${r.room_id}/recordings/${r.id}`),
				ref.deleteRecording,
			);
		});
	});
	describe('DELETE /conferences/:room_id/recordings', () => {
		it("answers as the reference's example does", async () => {
			const r = sim.addRecording(room('Board Meeting').id);
			await expectOk(api.delete(`/conferences/${r.room_id}/recordings`), ref.deleteRecordings);
		});
	});
	describe('GET /chats', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(api.get('/chats'), ref.chats);
		});
	});
	describe('GET /chats/:session_id', () => {
		it("answers as the reference's example does", async () => {
			const id = [...sim.state.chats.keys()][0];
			const res = await api.get(`/chats/${id}`, { responseType: 'arraybuffer' });
			expect(res.status).toBe(200);
			expect(res.headers['content-type']).toBe('application/zip');
			const zip = Buffer.from(res.data as ArrayBuffer);
			expect(zip.readUInt32LE(0)).toBe(0x04034b50);
			// recorded: one deflated entry, chat.csv, `"<Month DD, YYYY hh:mm:ss AM>",email,nickname,message` per line
			expect(zip.readUInt16LE(8)).toBe(8);
			const nameLength = zip.readUInt16LE(26);
			expect(zip.subarray(30, 30 + nameLength).toString()).toBe('chat.csv');
			const start = 30 + nameLength + zip.readUInt16LE(28);
			const csv = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(18))).toString(
				'utf8',
			);
			const lines = csv.trim().split('\n');
			expect(lines.length).toBe(sim.state.chats.get(id)?.messages.length);
			for (const line of lines)
				expect(line).toMatch(
					/^"[A-Z][a-z]+ \d{2}, \d{4} \d{2}:\d{2}:\d{2} [AP]M",[^,]+@[^,]+,[^,]+,.+$/,
				);
		});
	});
	describe('GET /ping', () => {
		it("answers as the reference's example does", async () => {
			await expectOk(api.get('/ping'), ref.ping);
		});
	});
});

it('every documented method+path pair was exercised', () => {
	const seen = new Set(
		sim.requests.map(
			(r) =>
				`${r.method} ${r.path
					.replace(/\/conferences\/(active|inactive)$/, '/conferences/:status')
					.replace(/\/registrations\/(all|active)$/, '/registrations/:status')
					.replace(/\/\d+/g, '/:id')
					.replace(/\/(generate-pdf|email)\/[a-z]{2}$/, '/$1/:lang')
					.replace(/\/time_zone_list\/[A-Z]{2}$/, '/time_zone_list/:country')}`,
		),
	);
	// 34 distinct templates (+ active/inactive of the status list = the reference's 35 method+path pairs),
	// plus GET /conferences, which the reference lacks and the recordings show
	expect([...seen].sort()).toEqual(
		[
			'GET /conferences',
			'GET /conferences/:status',
			'POST /conferences',
			'GET /conferences/:id',
			'PUT /conferences/:id',
			'DELETE /conferences/:id',
			'GET /conferences/skins',
			'POST /conferences/:id/tokens',
			'GET /conferences/:id/tokens',
			'POST /conferences/:id/room/autologin_hash',
			'POST /conferences/:id/invitation/email/:lang',
			'GET /conferences/:id/sessions',
			'GET /conferences/:id/sessions/:id',
			'GET /conferences/:id/sessions/:id/attendees',
			'GET /conferences/:id/sessions/:id/generate-pdf/:lang',
			'GET /conferences/:id/sessions/:id/registrations',
			'POST /contacts',
			'GET /time_zone_list',
			'GET /time_zone_list/:country',
			'GET /phone_gateways',
			'GET /conferences/:id/registrations/:status',
			'POST /conferences/:id/registration',
			'GET /file-library',
			'POST /file-library',
			'GET /file-library/conferences/:id',
			'POST /file-library/conferences/:id',
			'GET /file-library/:id',
			'DELETE /file-library/:id',
			'GET /file-library/:id/download',
			'GET /conferences/:id/recordings',
			'DELETE /conferences/:id/recordings',
			'DELETE /conferences/:id/recordings/:id',
			'GET /chats',
			'GET /chats/:id',
			'GET /ping',
		].sort(),
	);
	expect(sim.requests.every((r) => r.status === 200)).toBe(true);
});
