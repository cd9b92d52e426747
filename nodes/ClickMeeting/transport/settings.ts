import type { IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

export interface RequestSettings {
	/** Attempts in all, the first included. */
	maxAttempts: number;
	/** The longest single wait between attempts, in milliseconds. */
	maxWaitMs: number;
	/** Per-request timeout, in milliseconds. */
	timeoutMs: number;
}

export const DEFAULT_SETTINGS: RequestSettings = {
	maxAttempts: 4,
	maxWaitMs: 30_000,
	timeoutMs: 60_000,
};

interface RequestOptionsValue {
	maxAttempts?: number;
	maxWaitSeconds?: number;
	timeoutSeconds?: number;
}

/**
 * The retry and timeout settings for a request: the node's Request Options for the item when
 * the request runs in a node execution, else the defaults.
 */
export function settingsFor(
	ctx: IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions,
	itemIndex: number | undefined,
): RequestSettings {
	const settings = { ...DEFAULT_SETTINGS };
	if (itemIndex !== undefined && 'getInputData' in ctx) {
		const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as RequestOptionsValue;
		if (typeof options.maxAttempts === 'number')
			settings.maxAttempts = Math.max(1, Math.floor(options.maxAttempts));
		if (typeof options.maxWaitSeconds === 'number')
			settings.maxWaitMs = Math.max(0, options.maxWaitSeconds * 1000);
		if (typeof options.timeoutSeconds === 'number')
			settings.timeoutMs = Math.max(1, options.timeoutSeconds * 1000);
	}
	return settings;
}
