import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid } from './checks';

const pad = (value: number | string, width = 2) => String(value).padStart(width, '0');

function isRealDate(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
) {
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	return (
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		hour < 24 &&
		minute < 60 &&
		second < 60
	);
}

function fromDate(date: Date): string | undefined {
	if (Number.isNaN(date.getTime())) return undefined;
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function fromString(text: string): string | undefined {
	const match = DATE_TIME.exec(text.trim());
	if (!match) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
	if (!isRealDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)))
		return undefined;
	const time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
	// No offset: a wall time in the room's time zone, as 'YYYY-mm-dd HH:ii:ss'.
	if (!zone) return `${y}-${mo}-${d} ${time}`;
	if (match[4] === undefined) return undefined;
	const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
	return `${y}-${mo}-${d}T${time}${offset}`;
}

/**
 * Turns an n8n date value (ISO 8601 string, 'YYYY-mm-dd HH:ii:ss', JS Date or Luxon DateTime)
 * into what ClickMeeting reads: ISO 8601 with its offset, or 'YYYY-mm-dd HH:ii:ss' (the room's
 * time zone) when no offset was given. Throws a NodeOperationError naming the field.
 */
export function toApiDateTime(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string {
	let result: string | undefined;
	if (value instanceof Date) {
		result = fromDate(value);
	} else if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		const iso = (value as { toISO: (options?: object) => string | null }).toISO({
			suppressMilliseconds: true,
		});
		result = iso ? fromString(iso) : undefined;
	} else if (typeof value === 'string') {
		result = fromString(value);
	}
	if (!result) {
		throw invalid(
			this,
			itemIndex,
			fieldName,
			`must be a date and time such as "2025-05-01T10:00:00+02:00" or "2025-05-01 10:00:00", got "${String(value)}"`,
		);
	}
	return result;
}

/** A meeting duration as 'H:MM' (e.g. '1:20'), from 'H:MM' or a number of hours (1.5 → '1:30'). */
export function toApiDuration(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string {
	const text = String(value ?? '').trim();
	let minutes: number | undefined;
	const hoursMinutes = /^(\d{1,3}):([0-5]\d)$/.exec(text);
	if (hoursMinutes) minutes = Number(hoursMinutes[1]) * 60 + Number(hoursMinutes[2]);
	else if (/^\d+(\.\d+)?$/.test(text)) minutes = Math.round(Number(text) * 60);
	if (minutes === undefined || minutes <= 0) {
		throw invalid(
			this,
			itemIndex,
			fieldName,
			`must be hours and minutes such as "1:20" or "0:45", got "${text}"`,
		);
	}
	return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

/**
 * Checks a time zone name before any request: an IANA name (e.g. "Europe/Warsaw") that the
 * runtime's time zone database knows. ClickMeeting's own list (GET /time_zone_list) is the
 * IANA list, so this spares a request per item; a name ClickMeeting still refuses comes back
 * as the API's 422.
 */
export function checkTimeZone(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string {
	const zone = String(value ?? '').trim();
	let known = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone);
	if (known) {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: zone });
		} catch {
			known = false;
		}
	}
	if (!known) {
		throw invalid(
			this,
			itemIndex,
			fieldName,
			`is not a known time zone: "${zone}" (use a name such as "Europe/Warsaw" or "America/New_York")`,
		);
	}
	return zone;
}

/** The calendar day (YYYY-MM-DD) a date filter names, or undefined when it is empty. */
export function toDay(
	this: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	fieldName: string,
): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
	if (!day)
		throw invalid(this, itemIndex, fieldName, `must be a date such as 2024-05-31, got "${text}"`);
	return day;
}
