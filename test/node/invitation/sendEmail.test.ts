import { runOperation } from '../../harness/operation';
import { room } from '../../harness/builders';
import { lines } from '../../harness/requests';
import { useSimulator } from '../../harness/simulator';

describe('POST /conferences/:room_id/invitation/email/:lang', () => {
	const sim = useSimulator();

	it('sends attendees[i][email] from a comma-separated list, with template and role, in the language path', async () => {
		const target = sim.addRoom();
		const { error, items, requests } = await runOperation(sim, 'invitation', 'sendEmail', {
			room: room(target.id),
			language: 'de',
			attendees: 'anna@example.com, ben@example.com;carl@example.com',
			additionalFields: { template: 'advanced', role: 'presenter' },
		});

		expect(error).toBeUndefined();
		expect(lines(requests)).toEqual([`POST /conferences/${target.id}/invitation/email/de 200`]);
		expect(requests[0].body).toEqual({
			attendees: [
				{ email: 'anna@example.com' },
				{ email: 'ben@example.com' },
				{ email: 'carl@example.com' },
			],
			template: 'advanced',
			role: 'presenter',
		});
		expect(items.map((item) => item.json)).toEqual([
			{
				status: 'OK',
				room_id: target.id,
				lang: 'de',
				emails: ['anna@example.com', 'ben@example.com', 'carl@example.com'],
			},
		]);
		expect(
			sim.state.invitations.map((i) => `${i.email} ${i.lang} ${i.template} ${i.role}`),
		).toEqual([
			'anna@example.com de advanced presenter',
			'ben@example.com de advanced presenter',
			'carl@example.com de advanced presenter',
		]);
	});

	it('takes an array of e-mails from an expression and leaves template and role to the API when not set', async () => {
		const target = sim.addRoom();
		const { error, requests } = await runOperation(
			sim,
			'invitation',
			'sendEmail',
			{ room: room(target.id), language: 'en', attendees: '={{ $json.emails }}' },
			{ input: [{ emails: ['x@example.com', 'y@example.com'] }] },
		);
		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({
			attendees: [{ email: 'x@example.com' }, { email: 'y@example.com' }],
		});
		expect(sim.state.invitations.map((i) => `${i.email} ${i.template} ${i.role}`)).toEqual([
			'x@example.com basic listener',
			'y@example.com basic listener',
		]);
	});

	it('refuses a malformed e-mail, an empty list or a bad language before any request', async () => {
		const target = sim.addRoom();
		const bad = await runOperation(sim, 'invitation', 'sendEmail', {
			room: room(target.id),
			language: 'en',
			attendees: 'ok@example.com, nope',
		});
		expect(bad.error?.name).toBe('NodeOperationError');
		expect(bad.error?.message).toMatch(
			/"Attendee Emails \(#2\)" field is not a valid email address: "nope"/,
		);

		const empty = await runOperation(sim, 'invitation', 'sendEmail', {
			room: room(target.id),
			language: 'en',
			attendees: '={{ " , " }}',
		});
		expect(empty.error?.name).toBe('NodeOperationError');
		expect(empty.error?.message).toMatch(/"Attendee Emails" field is empty/);

		const lang = await runOperation(sim, 'invitation', 'sendEmail', {
			room: room(target.id),
			language: '={{ "english" }}',
			attendees: 'a@example.com',
		});
		expect(lang.error?.name).toBe('NodeOperationError');
		expect(lang.error?.message).toMatch(/"Language" field must be a two-letter language code/);
		expect([...bad.requests, ...empty.requests, ...lang.requests]).toEqual([]);
	});

	it('with Continue On Fail, a bad item gives an error item and the others are sent', async () => {
		const target = sim.addRoom();
		const { error, items, requests } = await runOperation(
			sim,
			'invitation',
			'sendEmail',
			{ room: room(target.id), language: 'pl', attendees: '={{ $json.to }}' },
			{
				continueOnFail: true,
				input: [{ to: 'a@example.com' }, { to: 'broken' }, { to: 'c@example.com' }],
			},
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.status).toBe('OK');
		expect(String(items[1].json.error)).toMatch(/not a valid email address/);
		expect(items[2].json.status).toBe('OK');
		expect(lines(requests)).toEqual([
			`POST /conferences/${target.id}/invitation/email/pl 200`,
			`POST /conferences/${target.id}/invitation/email/pl 200`,
		]);
	});

	it('reports a missing room as a NodeApiError', async () => {
		const { error, requests } = await runOperation(sim, 'invitation', 'sendEmail', {
			room: room(31337),
			language: 'en',
			attendees: 'a@example.com',
		});
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toContain('HTTP 404');
		expect(lines(requests)).toEqual(['POST /conferences/31337/invitation/email/en 404']);
	});
});
