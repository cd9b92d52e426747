/**
 * The attendance scenarios and their control endpoints: attendee lists and registrations that
 * overlap, rejoins, null host ratings, polls; scheduled rooms created over time.
 */
import { useSimulator } from '../harness/simulator';

const MINUTE = 60_000;
const START = Date.UTC(2024, 2, 1, 10, 0);

describe('Simulator: attendance scenarios', () => {
	const sim = useSimulator();
	const api = async (path: string): Promise<unknown> => {
		const res = await fetch(`${sim.baseUrl}${path}`, { headers: { 'X-Api-Key': sim.apiKey } });
		expect(res.status).toBe(200);
		return res.json();
	};
	const control = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
		const res = await fetch(`${sim.baseUrl.replace(/\/v1$/, '')}/__control${path}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		expect(res.status).toBe(200);
		return (await res.json()) as Record<string, unknown>;
	};

	it('POST /__control/attendance makes sessions whose attendees and registrants overlap', async () => {
		const out = await control('/attendance', { start: new Date(START).toISOString(), sessions: 2 });
		const roomId = Number(out.room_id);
		const sessions = out.sessions as number[];
		expect(sessions).toHaveLength(2);

		const attendees = (await api(
			`/conferences/${roomId}/sessions/${sessions[1]}/attendees`,
		)) as Array<Record<string, unknown>>;
		expect(attendees.map((a) => [a.email, a.role, a.rating, a.start_date, a.end_date])).toEqual([
			['host@example.com', 'host', null, '2024-03-02T10:00:00+00:00', '2024-03-02T11:00:00+00:00'],
			[
				'reg.a.1@example.com',
				'listener',
				'5',
				'2024-03-02T10:02:00+00:00',
				'2024-03-02T10:58:00+00:00',
			],
			[
				'reg.b.1@example.com',
				'listener',
				'4',
				'2024-03-02T10:05:00+00:00',
				'2024-03-02T10:20:00+00:00',
			],
			[
				'walkin.1@example.com',
				'listener',
				'2',
				'2024-03-02T10:10:00+00:00',
				'2024-03-02T10:25:00+00:00',
			],
			[
				'REG.B.1@Example.com',
				'listener',
				null,
				'2024-03-02T10:30:00+00:00',
				'2024-03-02T10:50:00+00:00',
			],
			[
				'presenter.1@example.com',
				'presenter',
				null,
				'2024-03-02T10:00:00+00:00',
				'2024-03-02T11:00:00+00:00',
			],
		]);
		expect(attendees[1].polls).toEqual([expect.objectContaining({ name: 'Feedback' })]);

		const registrants = (await api(
			`/conferences/${roomId}/sessions/${sessions[1]}/registrations`,
		)) as Array<Record<string, unknown>>;
		expect(registrants.map((r) => r.email)).toEqual([
			'reg.a.1@example.com',
			'reg.b.1@example.com',
			'reg.c.1@example.com',
			'reg.d.1@example.com',
		]);
		const all = (await api(`/conferences/${roomId}/registrations/all`)) as Array<
			Record<string, unknown>
		>;
		expect(all).toHaveLength(9);
		expect(all.filter((r) => r.session_id === null).map((r) => r.email)).toEqual([
			'nosession@example.com',
		]);
	});

	it('POST /__control/attendees adds an entry with its own dates; unknown session -> 404', async () => {
		const room = sim.addRoom({ timezone: 'UTC' });
		const session = sim.addSession(room.id, { start_date: START, end_date: START + 60 * MINUTE });
		await control('/attendees', {
			session_id: session.id,
			email: 'x@example.com',
			role: 'host',
			start_date: new Date(START + 5 * MINUTE).toISOString(),
		});
		expect(
			session.attendees.map((a) => [a.email, a.role, a.rating, a.start_date, a.end_date]),
		).toEqual([['x@example.com', 'host', null, START + 5 * MINUTE, START + 60 * MINUTE]]);
		const res = await fetch(`${sim.baseUrl.replace(/\/v1$/, '')}/__control/attendees`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"session_id":1}',
		});
		expect(res.status).toBe(404);
	});

	it('POST /__control/rooms-over-time makes scheduled rooms created apart, starting soon', async () => {
		const from = Date.UTC(2024, 0, 1);
		const before = Date.now();
		const out = await control('/rooms-over-time', {
			count: 4,
			from,
			step: 1000,
			starts_in_minutes: 10,
			start_step: 5,
		});
		const rooms = (out.ids as number[]).map((id) => sim.state.rooms.get(id)!);
		expect(
			rooms.map((r) => [
				r.created_at - from,
				r.room_type,
				r.registration_enabled,
				r.permanent_room,
			]),
		).toEqual([
			[0, 'meeting', false, false],
			[1000, 'webinar', true, false],
			[2000, 'meeting', true, false],
			[3000, 'webinar', false, false],
		]);
		for (const [i, r] of rooms.entries()) {
			const offset = r.starts_at - before;
			expect(offset).toBeGreaterThan((10 + 5 * i - 1) * MINUTE);
			expect(offset).toBeLessThanOrEqual((10 + 5 * i) * MINUTE + 60_000);
		}
	});
});
