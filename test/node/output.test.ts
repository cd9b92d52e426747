import { runNode } from '../harness/run-workflow';
import { room } from '../harness/builders';
import { runOperation } from '../harness/operation';
import { useSimulator } from '../harness/simulator';

const HOUR = 3_600_000;

/** The Output choice (Simplified / Raw / Selected Fields) of list and get operations. */
describe('Output: Simplified / Raw / Selected Fields', () => {
	const sim = useSimulator();
	let roomId: number;
	let sessionId: number;

	beforeEach(() => {
		roomId = sim.addRoom({ name: 'Team sync', timezone: 'UTC' }).id;
		const start = Date.UTC(2024, 4, 6, 9, 30);
		sessionId = sim.addSession(roomId, {
			start_date: start,
			end_date: start + HOUR,
			attendees: [{ email: 'a@example.com' }, { email: 'b@example.com' }],
		}).id;
	});

	describe('GET /conferences/:room_id/sessions/:session_id (Session → Get)', () => {
		const get = (extra: Record<string, unknown>) => ({
			resource: 'session',
			operation: 'get',
			room: room(roomId),
			session: String(sessionId),
			...extra,
		});

		it('Simplified (the default) is a session summary: times, counts, attendees, ready report URLs', async () => {
			const { items, error } = await runNode(sim, get({}));
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			const json = items[0].json;
			expect(Object.keys(json)).toEqual([
				'id',
				'room_id',
				'start_date',
				'end_date',
				'total_visitors',
				'max_visitors',
				'attendees',
				'pdf_report_urls',
			]);
			expect(json).toMatchObject({
				id: sessionId,
				room_id: roomId,
				start_date: '2024-05-06T09:30:00+00:00',
				total_visitors: 2,
			});
			expect((json.attendees as Array<Record<string, unknown>>).map((a) => Object.keys(a))).toEqual(
				[
					['email', 'name', 'start_date', 'end_date'],
					['email', 'name', 'start_date', 'end_date'],
				],
			);
			expect((json.attendees as Array<Record<string, unknown>>).map((a) => a.email)).toEqual([
				'a@example.com',
				'b@example.com',
			]);
			expect(json.pdf_report_urls).toEqual({});
			expect(JSON.stringify(json)).not.toContain('generate_pdf_url');
		});

		it('Raw is the answer as ClickMeeting sent it', async () => {
			const { items } = await runNode(sim, get({ output: 'raw' }));
			expect(items[0].json).toHaveProperty('pdf.en.generate_pdf_url');
			expect(items[0].json).not.toHaveProperty('pdf_report_urls');
		});

		it('Selected Fields keeps only the listed fields, nested ones by their dotted path', async () => {
			const { items, error } = await runNode(
				sim,
				get({
					output: 'selected',
					fields: 'start_date, total_visitors, pdf.en.progress, room_id, nope',
				}),
			);
			expect(error).toBeUndefined();
			expect(items[0].json).toEqual({
				start_date: '2024-05-06T09:30:00+00:00',
				total_visitors: 2,
				pdf: { en: { progress: 0 } },
				room_id: roomId, // from the simplified form: the raw answer has no room_id
			});
		});

		it.each([
			[
				{ output: 'selected', fields: ' , ' },
				'The "Fields" field is empty: list the fields to output, separated by commas (e.g. id, name)',
			],
			[
				{ output: 'selected', fields: 'id, name; drop' },
				'The "Fields" field has a name that is not a field name: "name; drop"',
			],
			[
				{ output: 'compact' },
				'The "Output" field must be "simplified", "raw" or "selected", got "compact"',
			],
		])('rejects %j before any request', async (extra, message) => {
			const { error, requests } = await runNode(sim, get(extra));
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toContain(message);
			expect(requests).toHaveLength(0);
		});
	});

	describe('GET /conferences/active (Room → Get Many)', () => {
		const list = (extra: Record<string, unknown>) => ({
			resource: 'conference',
			operation: 'getAll',
			status: 'active',
			returnAll: true,
			...extra,
		});

		it('Simplified (the default) keeps the fields most workflows need; Raw keeps every field', async () => {
			const simple = await runNode(sim, list({}));
			const raw = await runNode(sim, list({ output: 'raw' }));
			expect(simple.error).toBeUndefined();
			expect(simple.items.map((i) => i.json.id)).toEqual([roomId]);
			expect(simple.items[0].json).not.toHaveProperty('settings');
			expect(simple.items[0].json).toMatchObject({
				id: roomId,
				name: 'Team sync',
				room_url: expect.any(String),
			});
			expect(raw.items[0].json).toHaveProperty('settings');
			expect(JSON.stringify(raw.items[0].json).length).toBeGreaterThan(
				JSON.stringify(simple.items[0].json).length,
			);
		});

		it('Selected Fields: the listed fields, nested ones by path, booleans as in Simplified', async () => {
			const { items, error } = await runNode(
				sim,
				list({
					output: 'selected',
					fields: 'id,name, registration_enabled ,settings.show_on_personal_page',
				}),
			);
			expect(error).toBeUndefined();
			expect(Object.keys(items[0].json)).toEqual([
				'id',
				'name',
				'registration_enabled',
				'settings',
			]);
			expect(typeof items[0].json.registration_enabled).toBe('boolean');
			expect(Object.keys(items[0].json.settings as object)).toEqual(['show_on_personal_page']);
		});

		it('rejects a Fields list with no name before any request (n8n itself refuses an empty one)', async () => {
			const { error, requests } = await runNode(sim, list({ output: 'selected', fields: ', ,' }));
			expect(error?.message).toContain('The "Fields" field is empty');
			expect(requests).toHaveLength(0);
		});
	});

	describe('GET /conferences/:room_id/registrations/:status (Registration → Get Many)', () => {
		it('Selected Fields picks from the simplified registrant, then from the raw one', async () => {
			sim.addRegistration(roomId, { email: 'r@example.com', firstname: 'Rita', lastname: 'Reg' });
			const { items, error } = await runOperation(sim, 'registration', 'getAll', {
				room: room(roomId),
				status: 'all',
				returnAll: true,
				output: 'selected',
				fields: 'email, first_name, registration_date',
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([
				{ email: 'r@example.com', first_name: 'Rita', registration_date: expect.any(String) },
			]);
		});
	});

	describe('GET /conferences/:room_id/sessions/:session_id/attendees (Attendee → Get Many)', () => {
		it('Selected Fields keeps only the listed fields of each attendee', async () => {
			const { items, error } = await runOperation(sim, 'attendee', 'getAll', {
				room: room(roomId),
				session: String(sessionId),
				returnAll: true,
				output: 'selected',
				fields: 'email',
			});
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([
				{ email: 'a@example.com' },
				{ email: 'b@example.com' },
			]);
		});
	});
});
