import type { IHttpRequestMethods } from 'n8n-workflow';

/** HTTP statuses an idempotent request is retried on (429 is retried for every method). */
export const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
/** Network errors that mean the request never reached the API: retried for every method. */
export const NEVER_PROCESSED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Network errors after which the request may have been carried out: retried when idempotent. */
export const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export function isIdempotent(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'PUT' || method === 'DELETE' || method === 'HEAD';
}

/**
 * Milliseconds to wait as a Retry-After header says (seconds or an HTTP date); undefined when
 * it is missing, garbage, zero, negative or in the past (the normal backoff applies then).
 */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) {
		const ms = Math.round(Number(text) * 1000);
		return ms > 0 ? ms : undefined;
	}
	// An HTTP date names a weekday or a month; '-5' or '3x' are garbage, not dates.
	if (!/[a-z]{3}/i.test(text)) return undefined;
	const date = Date.parse(text);
	if (Number.isNaN(date) || date <= now) return undefined;
	return date - now;
}

/** Exponential backoff with full jitter between half and all of the step. */
export function backoffMs(attempt: number, maxWaitMs: number): number {
	const step = Math.min(maxWaitMs, 500 * 2 ** (attempt - 1));
	return Math.round(step / 2 + (Math.random() * step) / 2);
}

/** The Node.js error code of a failed exchange ('' when there is none to read). */
export function errorCode(error: unknown): string {
	const candidates = [
		(error as { cause?: { code?: unknown } })?.cause?.code,
		(error as { code?: unknown })?.code,
	];
	for (const code of candidates) if (typeof code === 'string' && code) return code;
	const message = String((error as Error)?.message ?? '');
	if (/timeout/i.test(message)) return 'ECONNABORTED';
	if (/socket hang up/i.test(message)) return 'ECONNRESET';
	return '';
}
