import type { IDataObject } from 'n8n-workflow';

import type { ClickMeetingContext } from './context';
import { transportError } from './errors';
import type { ApiRequest } from './request';
import { apiRequestList } from './request';

/** Entries per page of a paged list (the API's page size). */
export const PAGE_SIZE = 250;

/** The most pages one list is read to: 400 pages of 250 = 100,000 entries, far above any real account. */
export const PAGE_CAP = 400;

export interface PagingOptions {
	/**
	 * What a repeated page means: `'error'` (default) fails with a NodeApiError that the API
	 * repeats pages / ignores `page`; `'stop'` ends the list with the unique entries read so far
	 * (for endpoints whose paging is not documented).
	 */
	onRepeat?: 'error' | 'stop';
	/**
	 * Keeps only the entries it accepts, as each page arrives, so a `limit` counts kept entries and
	 * stops reading once enough matched. Repeats are judged on every entry read, kept or not.
	 */
	filter?: (entry: IDataObject) => boolean;
}

function entryKey(entry: unknown): string | undefined {
	if (!entry || typeof entry !== 'object') return undefined;
	const id = (entry as IDataObject).id;
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Reads a paged list (`page=1..n`, 250 a page). Stops at a short page, so only a last page
 * that is exactly full costs one more (empty) request, and stops as soon as `limit` is met.
 * Ends by itself: a page identical to the previous one, or whose entries were all read
 * before, means the API ignores `page` (see `PagingOptions.onRepeat`); more than `PAGE_CAP`
 * pages is an error.
 */
export async function apiRequestAllPages(
	this: ClickMeetingContext,
	request: Omit<ApiRequest, 'method'>,
	limit?: number,
	options: PagingOptions = {},
): Promise<IDataObject[]> {
	const onRepeat = options.onRepeat ?? 'error';
	const results: IDataObject[] = [];
	const seen = new Set<string>();
	let previous: string | undefined;
	for (let page = 1; ; page++) {
		if (page > PAGE_CAP) {
			throw transportError(
				this.getNode(),
				request.itemIndex,
				`ClickMeeting GET ${request.endpoint} returned more than ${PAGE_CAP} full pages (${PAGE_CAP * PAGE_SIZE} entries): stopped`,
				'No real account has that many. The API probably ignores the page parameter; use a Limit instead of Return All.',
				{ message: `more than ${PAGE_CAP} pages` },
			);
		}
		const items = await apiRequestList.call(this, { ...request, qs: { ...request.qs, page } });
		const fingerprint = JSON.stringify(items);
		const keys = items.map(entryKey);
		const allSeen = items.length > 0 && keys.every((key) => key !== undefined && seen.has(key));
		if (page > 1 && items.length > 0 && (fingerprint === previous || allSeen)) {
			if (onRepeat === 'stop') return limit !== undefined ? results.slice(0, limit) : results;
			throw transportError(
				this.getNode(),
				request.itemIndex,
				`ClickMeeting GET ${request.endpoint} repeated a page: page ${page} holds only entries already read, so the API ignores \`page\``,
				`Stopped after ${page} requests instead of reading the same entries forever. Use a Limit instead of Return All, or try again later.`,
				{ message: `page ${page} repeats entries already read` },
			);
		}
		previous = fingerprint;
		items.forEach((item, index) => {
			const key = keys[index];
			if (key !== undefined) {
				if (seen.has(key)) return;
				seen.add(key);
			}
			if (!options.filter || options.filter(item)) results.push(item);
		});
		if (limit !== undefined && results.length >= limit) return results.slice(0, limit);
		if (items.length < PAGE_SIZE) return results;
	}
}
