import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ClickMeetingContext } from './context';

export const CREDENTIAL_NAME = 'clickMeetingApi';
export const DEFAULT_BASE_URL = 'https://api.clickmeeting.com/v1';

/** The credential as the transport uses it: the key trimmed once, every stored form kept for redaction. */
export interface ResolvedCredentials {
	/** Handed to n8n's request helper: the trimmed key. */
	data: ICredentialDataDecryptedObject;
	apiKey: string;
	/** Base URL trimmed, without trailing slashes. */
	baseUrl: string;
	origin: string;
	/** Every form of the key that must never appear anywhere: as stored, trimmed, URL-encoded. */
	secrets: string[];
}

/** Every form of a stored key worth redacting (as stored, trimmed, URL-encoded), longest first. */
export function secretForms(stored: unknown): string[] {
	if (typeof stored !== 'string') return [];
	const trimmed = stored.trim();
	const forms = new Set([stored, trimmed, encodeURIComponent(trimmed)]);
	return [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}

/**
 * The Base URL of the credential: trimmed, trailing slashes removed; a query or fragment, or a
 * scheme other than http(s), is refused before any request.
 */
export function checkBaseUrl(node: INode, raw: unknown): { baseUrl: string; origin: string } {
	const text = String(raw ?? '').trim() || DEFAULT_BASE_URL;
	const fail = (why: string) =>
		new NodeOperationError(
			node,
			`The Base URL in the ClickMeeting API credential ${why}: "${text}"`,
			{
				description: `Use the API root only, e.g. ${DEFAULT_BASE_URL}.`,
			},
		);
	if (/[?#]/.test(text)) throw fail('must not contain a query (?…) or a fragment (#…)');
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw fail('is not a valid URL');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail('must start with https://');
	if (url.username || url.password) throw fail('must not contain a user name or password');
	return { baseUrl: text.replace(/\/+$/, ''), origin: url.origin };
}

function resolve(node: INode, stored: ICredentialDataDecryptedObject): ResolvedCredentials {
	const storedKey = typeof stored.apiKey === 'string' ? stored.apiKey : '';
	const apiKey = storedKey.trim();
	const { baseUrl, origin } = checkBaseUrl(node, stored.baseUrl);
	return {
		data: { ...stored, apiKey, baseUrl },
		apiKey,
		baseUrl,
		origin,
		secrets: secretForms(storedKey),
	};
}

/**
 * The credential, read once per node execution (n8n decrypts it on every read) and handed to
 * n8n's request helper so that it does not read it again. Poll and load-options contexts live
 * longer than one run, so they read it each time and see an edited credential at once.
 */
const byExecution = new WeakMap<object, ResolvedCredentials>();

export async function credentialsOf(ctx: ClickMeetingContext): Promise<ResolvedCredentials> {
	if (!('getInputData' in ctx)) {
		return resolve(
			ctx.getNode(),
			await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME),
		);
	}
	const cached = byExecution.get(ctx);
	if (cached) return cached;
	const resolved = resolve(
		ctx.getNode(),
		await ctx.getCredentials<ICredentialDataDecryptedObject>(CREDENTIAL_NAME),
	);
	byExecution.set(ctx, resolved);
	return resolved;
}
