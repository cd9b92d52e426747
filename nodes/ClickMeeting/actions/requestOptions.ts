import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Node-wide request settings, shown under every operation. */
export const requestOptionsDescription: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 4,
			description:
				'How many times a request is tried in all when ClickMeeting rate limits (429) or, for reads and idempotent writes, fails temporarily. A create/register request is retried only when ClickMeeting certainly did not process it.',
		},
		{
			displayName: 'Max Wait Between Attempts (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30,
			description:
				'The longest single wait before a retry, also when ClickMeeting asks for a longer one (Retry-After)',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 1,
			description:
				'How many input items are sent to ClickMeeting at the same time. Output order and item pairing are kept.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			description: 'How long to wait for one answer from ClickMeeting before the request fails',
		},
	],
};

/** How many items run at once (1..10), from Request Options → Parallel Requests. */
export function parallelRequests(ctx: IExecuteFunctions): number {
	const options = ctx.getNodeParameter('requestOptions', 0, {}) as { parallelRequests?: number };
	const value = Number(options.parallelRequests ?? 1);
	return Number.isFinite(value) ? Math.min(10, Math.max(1, Math.floor(value))) : 1;
}
