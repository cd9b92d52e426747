import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collection } from './fields';

/** Node-wide request settings, shown under every operation. */
export const requestOptionsDescription: INodeProperties = collection('requestOptions', [
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
		displayName: 'Max Parallel Requests',
		name: 'parallelRequests',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 50 },
		default: 50,
		description:
			'The most input items sent at the same time (Auto never goes above it; Fixed always uses it). 1 sends one item after the other.',
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
		name: 'parallelMode',
		type: 'options',
		options: [
			{
				name: 'Auto',
				value: 'auto',
				description:
					'Start with a few items at once and grow while ClickMeeting keeps up; on a rate limit (429) send fewer, paced at the rate that was getting through',
			},
			{
				name: 'Fixed',
				value: 'fixed',
				description: 'Always send Max Parallel Requests items at once',
			},
		],
		default: 'auto',
		description:
			'How many input items are sent to ClickMeeting at the same time. Output order and item pairing are kept either way.',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeoutSeconds',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 60,
		description: 'How long to wait for one answer from ClickMeeting before the request fails',
	},
]);

/** The most items at once (1..50) and whether Auto adapts it, from Request Options → Parallel Requests. */
export function parallelRequests(ctx: IExecuteFunctions): { max: number; auto: boolean } {
	const options = ctx.getNodeParameter('requestOptions', 0, {}) as {
		parallelRequests?: number;
		parallelMode?: string;
	};
	const value = Number(options.parallelRequests ?? 50);
	const max = Number.isFinite(value) ? Math.min(50, Math.max(1, Math.floor(value))) : 50;
	return { max, auto: options.parallelMode !== 'fixed' };
}
