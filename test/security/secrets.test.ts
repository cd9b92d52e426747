import { runNode } from '../harness/run-workflow';
import { json, useHostile } from './hostile';

const KEY = 'hostile-test-key-7f3a9c';

describe('a key stored with spaces or a newline, echoed back by the server', () => {
	const startServer = useHostile();

	it.each([
		['surrounding spaces', `  ${KEY}  `],
		['a trailing newline', `${KEY}\n`],
	])(
		'key with %s: sent trimmed, redacted from the error (message, description, stack)',
		async (_name, stored) => {
			const server = await startServer((req, res) =>
				json(res, 401, {
					code: 401,
					name: 'Unauthorized',
					message: `Invalid key "${String(req.headers['x-api-key'])}" (raw: ${stored})`,
				}),
			);
			// runNode's suite-wide scan fails the run if any form of the key (stored or trimmed) shows up.
			const { error } = await runNode(
				server.asSim(),
				{ resource: 'ping', operation: 'check' },
				{ credentials: { apiKey: stored } },
			);

			expect(server.requests[0].headers['x-api-key']).toBe(KEY);
			expect(error?.message).toContain('HTTP 401');
			expect(error?.message).toContain('Invalid key "***"');
			const all = JSON.stringify(error) + String(error?.stack) + String(error?.description);
			expect(all).not.toContain(KEY);
		},
	);
});
