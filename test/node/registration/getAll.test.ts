import type { INodeParameters } from 'n8n-workflow';

import { room } from '../../harness/builders';
import { runOperation } from '../../harness/operation';
import { lines } from '../../harness/requests';
import type { NodeRunOptions } from '../../harness/run-workflow';
import { runNode } from '../../harness/run-workflow';
import { useSimulator } from '../../harness/simulator';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Registration', () => {
	const sim = useSimulator();
	/** Registration `name` on the test's room (unless the parameters name another). */
	const inRoom = (name: string, parameters: INodeParameters = {}, options?: NodeRunOptions) =>
		runOperation(sim, 'registration', name, { room: room(roomId), ...parameters }, options);
	let roomId: number;
	let pastSession: number;
	let nextSession: number;
	let ids: number[];

	beforeEach(() => {
		roomId = sim.addRoom({
			name: 'Launch webinar',
			room_type: 'webinar',
			timezone: 'UTC',
			registration_enabled: true,
		}).id;
		const now = Math.floor(Date.now() / HOUR) * HOUR;
		pastSession = sim.addSession(roomId, {
			start_date: now - 3 * DAY,
			end_date: now - 3 * DAY + HOUR,
		}).id;
		nextSession = sim.addSession(roomId, {
			start_date: now + 2 * DAY,
			end_date: now + 2 * DAY + HOUR,
		}).id;
		ids = [
			sim.addRegistration(roomId, {
				firstname: 'Anna',
				lastname: 'Nowak',
				email: 'anna@example.com',
				session_id: pastSession,
				registration_date: '2024-01-02T03:04:05Z',
			}).id,
			sim.addRegistration(roomId, {
				firstname: 'John',
				lastname: 'Smith',
				email: 'john@example.com',
				session_id: nextSession,
				registration_date: '2024-01-03T03:04:05Z',
				fields: { Company: 'Acme' },
			}).id,
			sim.addRegistration(roomId, {
				firstname: 'Li',
				lastname: 'Wei',
				email: 'li@example.com',
				session_id: nextSession,
				registration_date: '2024-01-04T03:04:05Z',
			}).id,
		];
	});

	/** The personal join link ClickMeeting lists for a registration: `<room_url>?r=<code>`. */
	const joinUrl = (id: number) =>
		`https://sim.clickmeeting.test/launch_webinar?r=${sim.state.registrations.get(id)?.code}`;
	const person = (
		i: number,
		session: number,
		email: string,
		first: string,
		last: string,
		date: string,
	) => ({
		id: ids[i],
		session_id: session,
		email,
		first_name: first,
		last_name: last,
		visitor_nickname: `${first} ${last}`,
		registration_date: date,
		registration_confirmed: null,
		url: joinUrl(ids[i]),
	});
	const anna = () =>
		person(0, pastSession, 'anna@example.com', 'Anna', 'Nowak', '2024-01-02T03:04:05+00:00');
	const john = () =>
		person(1, nextSession, 'john@example.com', 'John', 'Smith', '2024-01-03T03:04:05+00:00');
	const li = () =>
		person(2, nextSession, 'li@example.com', 'Li', 'Wei', '2024-01-04T03:04:05+00:00');

	describe('GET /conferences/:room_id/registrations/:status', () => {
		it('outputs one simplified item per registrant of the room', async () => {
			const { items, error, requests } = await inRoom('getAll', {
				status: 'all',
				returnAll: true,
			});

			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([`GET /conferences/${roomId}/registrations/all 200`]);
			expect(items.map((item) => item.json)).toEqual([anna(), john(), li()]);
		});

		it('keeps the join url and confirmation date, and a null session_id, as ClickMeeting lists them', async () => {
			const free = sim.addRegistration(roomId, {
				firstname: 'Ola',
				lastname: 'Free',
				email: 'ola@example.com',
				session_id: null,
				registration_date: '2024-01-05T03:04:05Z',
				registration_confirmed: '2024-01-05T03:10:00Z',
			}).id;
			const { items, error } = await inRoom('getAll', {
				status: 'all',
				returnAll: true,
			});

			expect(error).toBeUndefined();
			expect(items.map((item) => item.json).at(-1)).toEqual({
				id: free,
				session_id: null,
				email: 'ola@example.com',
				first_name: 'Ola',
				last_name: 'Free',
				visitor_nickname: 'Ola Free',
				registration_date: '2024-01-05T03:04:05+00:00',
				registration_confirmed: '2024-01-05T03:10:00+00:00',
				url: joinUrl(free),
			});
		});

		it('asks for active registrations only, and applies the limit', async () => {
			const { items, requests } = await inRoom('getAll', {
				status: 'active',
				returnAll: false,
				limit: 1,
			});

			expect(requests.map((r) => r.path)).toEqual([`/conferences/${roomId}/registrations/active`]);
			expect(items.map((item) => item.json)).toEqual([john()]);
		});

		it('outputs the API objects whole when Simplify is off', async () => {
			const { items } = await inRoom('getAll', {
				status: 'all',
				returnAll: true,
				output: 'raw',
			});

			expect(items[1].json).toEqual({
				registration_date: '2024-01-03T03:04:05+00:00',
				registration_confirmed: 'null',
				fields: {
					'First Name': 'John',
					'Last Name': 'Smith',
					'Email Address': 'john@example.com',
					Company: 'Acme',
				},
				id: ids[1],
				session_id: nextSession,
				email: 'john@example.com',
				visitor_nickname: 'John Smith',
				url: joinUrl(ids[1]),
				r: sim.state.registrations.get(ids[1])?.code,
				http_referer: null,
				geo: { country: null, city: null },
			});
		});

		it('rejects a status other than all or active before any request', async () => {
			const { error, requests } = await inRoom('getAll', {
				status: '={{ "pending" }}',
				returnAll: true,
			});

			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toBe('The "Status" field must be "all" or "active", got "pending"');
			expect(requests).toHaveLength(0);
		});
	});

	describe('GET /conferences/:room_id/sessions/:session_id/registrations', () => {
		it('outputs the registrants of one session', async () => {
			const { items, error, requests } = await inRoom('getAllForSession', {
				session: String(nextSession),
				returnAll: true,
			});

			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([
				`GET /conferences/${roomId}/sessions/${nextSession}/registrations 200`,
			]);
			expect(items.map((item) => item.json)).toEqual([john(), li()]);
		});

		it('reports a session of another room as ClickMeeting’s 404, naming the field, in one request', async () => {
			const other = sim.addSession(sim.addRoom({ name: 'Elsewhere' }).id).id;
			const { error, requests } = await inRoom('getAllForSession', {
				session: String(other),
				returnAll: true,
			});

			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toBe(
				`The "Session" field must be a session of room ${roomId}, got session ${other} (ClickMeeting answered 404)`,
			);
			expect(lines(requests)).toEqual([
				`GET /conferences/${roomId}/sessions/${other}/registrations 404`,
			]);
		});
	});

	describe('POST /conferences/:room_id/registration', () => {
		const register = (extra: Record<string, unknown> = {}) => ({
			resource: 'registration',
			operation: 'register',
			room: room(roomId),
			firstName: 'Maria',
			lastName: 'Garcia',
			email: 'maria@example.com',
			...extra,
		});

		it('registers with extra form fields and a confirmation e-mail, and outputs the personal room URL', async () => {
			const { items, error, requests } = await runNode(
				sim,
				register({
					additionalFields: {
						sendConfirmationEmail: true,
						confirmationEmailLanguage: 'pl',
						extraFields: {
							field: [
								{ name: 'Company', value: 'Acme' },
								{ name: '4', value: 'Madrid' },
							],
						},
					},
				}),
			);

			expect(error).toBeUndefined();
			expect(requests).toHaveLength(1);
			expect(`${requests[0].method} ${requests[0].path} ${requests[0].status}`).toBe(
				`POST /conferences/${roomId}/registration 200`,
			);
			expect(requests[0].headers['content-type']).toBe('application/x-www-form-urlencoded');
			expect(requests[0].body).toEqual({
				registration: {
					'1': 'Maria',
					'2': 'Garcia',
					'3': 'maria@example.com',
					'4': 'Madrid',
					Company: 'Acme',
				},
				confirmation_email: { enabled: '1', lang: 'pl' },
			});
			expect(items).toHaveLength(1);
			expect(items[0].json).toEqual({
				status: 'OK',
				url: expect.stringMatching(
					/^https:\/\/sim\.clickmeeting\.test\/launch_webinar\?r=[A-Za-z0-9_-]+$/,
				),
				r: expect.any(String),
				already_registered: false,
			});

			const stored = sim.state
				.registrationsOfRoom(roomId)
				.find((r) => r.email === 'maria@example.com');
			expect(stored?.fields).toMatchObject({ Company: 'Acme', 'Field 4': 'Madrid' });
			expect(stored?.confirmation_email).toEqual({ enabled: true, lang: 'pl' });
			expect(String(items[0].json.url)).toContain(`?r=${stored?.code}`);
		});

		it('says already_registered: true, with the same join URL, for an e-mail already registered for the room', async () => {
			const first = await runNode(sim, register());
			const again = await runNode(sim, register({ email: 'MARIA@example.com' }));

			expect(again.error).toBeUndefined();
			expect(lines(again.requests)).toEqual([`POST /conferences/${roomId}/registration 200`]);
			expect(again.items.map((item) => item.json)).toEqual([
				{
					status: 'OK',
					url: first.items[0].json.url,
					r: first.items[0].json.r,
					already_registered: true,
				},
			]);
			expect(
				sim.state.registrationsOfRoom(roomId).filter((r) => r.email === 'maria@example.com'),
			).toHaveLength(1);
		});

		it('sends only the three required fields by default, and confirmation_email[enabled]=0 when turned off', async () => {
			const plain = await runNode(sim, register());
			expect(plain.requests[0].body).toEqual({
				registration: { '1': 'Maria', '2': 'Garcia', '3': 'maria@example.com' },
			});

			const off = await runNode(
				sim,
				register({ email: 'm2@example.com', additionalFields: { sendConfirmationEmail: false } }),
			);
			expect(off.requests[0].body).toEqual({
				registration: { '1': 'Maria', '2': 'Garcia', '3': 'm2@example.com' },
				confirmation_email: { enabled: '0' },
			});
		});

		it('rejects an invalid e-mail before any request', async () => {
			const { error, requests } = await runNode(sim, register({ email: 'maria.example.com' }));

			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toBe(
				'The "Email" field is not a valid email address: "maria.example.com"',
			);
			expect(requests).toHaveLength(0);
		});

		it('rejects an extra field that would overwrite first name, last name or e-mail', async () => {
			const { error, requests } = await runNode(
				sim,
				register({ additionalFields: { extraFields: { field: [{ name: '3', value: 'x@y.z' }] } } }),
			);

			expect(error?.message).toContain('"Extra Form Fields"');
			expect(requests).toHaveLength(0);
		});

		it('passes on the API error when registration is off, and with Continue On Fail keeps the other items', async () => {
			const closed = sim.addRoom({ name: 'Closed', registration_enabled: false }).id;
			const { items, error, requests } = await runNode(
				sim,
				{
					...register(),
					room: { __rl: true, mode: 'id', value: '={{ $json.room }}' },
					email: '={{ $json.email }}',
				},
				{
					input: [
						{ room: closed, email: 'a@example.com' },
						{ room: roomId, email: 'bad' },
						{ room: roomId, email: 'b@example.com' },
					],
					continueOnFail: true,
				},
			);

			expect(error).toBeUndefined();
			expect(items).toHaveLength(3);
			expect(String(items[0].json.error)).toContain('HTTP 422');
			expect(String(items[0].json.error)).toContain('Registration is disabled for this room');
			expect(items[1].json).toEqual({
				error: 'The "Email" field is not a valid email address: "bad"',
			});
			expect(items[2].json).toMatchObject({ status: 'OK' });
			expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(lines(requests)).toEqual([
				`POST /conferences/${closed}/registration 422`,
				`POST /conferences/${roomId}/registration 200`,
			]);
		});
	});

	describe('PUT /conferences/:room_id (registration on and off, template)', () => {
		it('disables and enables registration with registration[enabled], outputting the room', async () => {
			const off = await inRoom('disable', {});

			expect(off.error).toBeUndefined();
			expect(lines(off.requests)).toEqual([`PUT /conferences/${roomId} 200`]);
			expect(off.requests[0].body).toEqual({ registration: { enabled: '0' } });
			expect(off.items).toHaveLength(1);
			expect(off.items[0].json).toMatchObject({ id: roomId, registration_enabled: 0 });
			expect(sim.state.rooms.get(roomId)?.registration_enabled).toBe(false);

			const on = await inRoom('enable', {});
			expect(on.requests[0].body).toEqual({ registration: { enabled: '1' } });
			expect(on.items[0].json).toMatchObject({ id: roomId, registration_enabled: 1 });
			expect(sim.state.rooms.get(roomId)?.registration_enabled).toBe(true);
		});

		it('sets the template and turns registration on', async () => {
			sim.state.rooms.get(roomId)!.registration_enabled = false;
			const { items, error, requests } = await inRoom('setTemplate', {
				template: 3,
			});

			expect(error).toBeUndefined();
			expect(lines(requests)).toEqual([`PUT /conferences/${roomId} 200`]);
			expect(requests[0].body).toEqual({ registration: { enabled: '1', template: '3' } });
			expect(items[0].json).toMatchObject({
				id: roomId,
				registration_enabled: 1,
				registration_template: 3,
			});
			expect(sim.state.rooms.get(roomId)).toMatchObject({
				registration_enabled: true,
				registration_template: 3,
			});
		});

		it('rejects a template outside 1-3 before any request', async () => {
			const { error, requests } = await inRoom('setTemplate', {
				template: '={{ 4 }}',
			});

			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toBe(
				'The "Template" field must be a whole number from 1 to 3, got "4"',
			);
			expect(requests).toHaveLength(0);
		});

		it('reports an unknown room as a NodeApiError', async () => {
			const { error } = await inRoom('enable', {
				room: room(987654),
			});

			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toContain('HTTP 404');
			expect(error?.message).toContain('Room 987654 not found');
		});
	});
});
