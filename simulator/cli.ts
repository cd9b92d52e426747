/**
 * Standalone start: `npm run simulator -- [--port N] [--host H] [--key K] [--no-seed] [--pdf-steps N] [--latency MS]
 * [--pdf-underscore] [--active-paging paged|ignored] [--bare-ok-deletes] [--string-error-codes]
 * [--rate-limit PER_SECOND] [--rate-burst N] [--retry-after S] [--extra-key K]`
 */
import { startSimulator, SimulatorOptions } from './index';
import { checkRateLimit } from './rateLimit';

function arg(name: string): string | undefined {
	const argv = process.argv.slice(2);
	const i = argv.indexOf(`--${name}`);
	if (i >= 0) return argv[i + 1];
	const eq = argv.find((a) => a.startsWith(`--${name}=`));
	return eq?.slice(name.length + 3);
}

async function main(): Promise<void> {
	const env = process.env;
	const port = arg('port') ?? env.CLICKMEETING_SIM_PORT;
	const opts: SimulatorOptions = {
		host: arg('host') ?? env.CLICKMEETING_SIM_HOST ?? '127.0.0.1',
		port: port ? Number(port) : 0,
		apiKey: arg('key') ?? env.CLICKMEETING_SIM_KEY,
		seed: !(process.argv.includes('--no-seed') || env.CLICKMEETING_SIM_SEED === '0'),
		pdfSteps: arg('pdf-steps') ? Number(arg('pdf-steps')) : undefined,
		latencyMs: arg('latency') ? Number(arg('latency')) : undefined,
	};
	if (process.argv.includes('--pdf-underscore')) opts.pdfInProgressSpelling = 'IN_PROGRESS';
	if (arg('active-paging') === 'ignored') opts.activeRoomsPaging = 'ignored';
	if (process.argv.includes('--bare-ok-deletes')) opts.bareOkDeletes = true;
	if (process.argv.includes('--string-error-codes')) opts.stringErrorCodes = true;
	const rate = arg('rate-limit') ?? env.CLICKMEETING_SIM_RATE_LIMIT;
	if (rate)
		opts.rateLimit = checkRateLimit({
			perSecond: rate,
			burst: arg('rate-burst') ?? env.CLICKMEETING_SIM_RATE_BURST,
			retryAfter: arg('retry-after') ?? env.CLICKMEETING_SIM_RETRY_AFTER,
		});
	const extra = arg('extra-key');
	if (extra) opts.extraApiKeys = extra.split(',');
	const sim = await startSimulator(opts);
	process.stdout.write(`ClickMeeting simulator listening on ${sim.baseUrl}\n`);
	process.stdout.write(`API key: ${sim.apiKey}\n`);
	const limit = sim.options.rateLimit;
	if (limit)
		process.stdout.write(
			`Rate limit: ${limit.perSecond}/s per API key, burst ${limit.burst ?? Math.max(1, Math.floor(limit.perSecond))}, Retry-After ${limit.retryAfter ?? 1} s\n`,
		);
	process.stdout.write(
		`Control API: ${sim.origin}/__control/ (fault, reset, requests, registrations, sessions, rate-limit)\n`,
	);
	const stop = (): void => {
		void sim.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
	process.stderr.write(`${String((e as Error)?.stack ?? e)}\n`);
	process.exit(1);
});
