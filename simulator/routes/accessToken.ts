/** Access tokens of token-protected rooms (access_type 3). */
import { MSG, invalid } from '../errors';
import { tokenView } from '../views';
import { asInt } from './input';
import { Answer, Ctx, ok, roomOf, route } from './route';

function generateTokens(c: Ctx): Answer {
	const state = c.host.state;
	const room = roomOf(c);
	if (room.access_type !== 3) {
		throw invalid([
			{
				name: 'access_type',
				message:
					'Access tokens can be generated only for rooms with access_type 3 (token protected).',
			},
		]);
	}
	const n = asInt(c.body.how_many);
	if (c.body.how_many === undefined || c.body.how_many === '')
		throw invalid([{ name: 'how_many', message: MSG.blank }]);
	if (n === undefined || n < 1 || n > 1000)
		throw invalid([{ name: 'how_many', message: 'This value should be between 1 and 1000.' }]);
	const existing = state.tokensOf(room.id).length;
	const cap = c.host.options.maxTokensPerRoom;
	if (existing + n > cap) {
		throw invalid([
			{
				name: 'how_many',
				message: `The room's access token limit (${cap}) would be exceeded: ${existing} tokens exist, ${Math.max(0, cap - existing)} more can be generated.`,
			},
		]);
	}
	const tokens = state.generateTokens(room.id, n);
	return ok({ access_tokens: tokens.map((t) => tokenView(t, room.timezone)) });
}

export const accessTokenRoutes = [
	route('POST /conferences/:room_id/tokens', generateTokens),
	route('GET /conferences/:room_id/tokens', (c) => {
		const room = roomOf(c);
		const tokens = c.host.state.tokens.get(room.id) ?? [];
		return ok({ access_tokens: tokens.map((t) => tokenView(t, room.timezone)) });
	}),
];
