/**
 * Date helpers: ISO 8601 with a numeric offset in a given IANA time zone
 * (e.g. '2026-11-26T10:13:27+01:00', no milliseconds), 'YYYY-mm-dd HH:ii:ss',
 * and parsing of the two input formats the reference accepts.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Epoch ms rounded down to the second (the API's dates have no milliseconds). */
export function floorToSecond(ms: number): number {
	return Math.floor(ms / 1000) * 1000;
}

/** Now, to the second. */
export const nowToSecond = (): number => floorToSecond(Date.now());

/** Parses the date forms accepted by the seeding helpers into epoch ms ('YYYY-mm-dd H:i:s' is UTC). */
export function toMs(v: number | string | Date): number {
	if (typeof v === 'number') return v;
	if (v instanceof Date) return v.getTime();
	const sql = /^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(v);
	if (sql) {
		const n = sql.slice(1).map(Number);
		return Date.UTC(n[0], n[1] - 1, n[2], n[3], n[4], n[5]);
	}
	const ms = Date.parse(v);
	if (Number.isNaN(ms)) throw new Error(`Unparseable date: ${v}`);
	return ms;
}

const ZONE_LIST: string[] = (() => {
	const zones = Intl.supportedValuesOf('timeZone').slice();
	if (!zones.includes('UTC')) zones.push('UTC');
	return zones.sort();
})();
const ZONE_SET = new Set(ZONE_LIST);

export function allTimeZones(): string[] {
	return ZONE_LIST.slice();
}

const validityCache = new Map<string, boolean>();
export function isValidTimeZone(tz: string): boolean {
	if (ZONE_SET.has(tz)) return true;
	let ok = validityCache.get(tz);
	if (ok === undefined) {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: tz });
			ok = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(tz);
		} catch {
			ok = false;
		}
		validityCache.set(tz, ok);
	}
	return ok;
}

interface Parts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	offsetSeconds: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(tz: string): Intl.DateTimeFormat {
	let f = formatters.get(tz);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone: tz,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23',
			timeZoneName: 'longOffset',
		});
		formatters.set(tz, f);
	}
	return f;
}

const NUMERIC_PARTS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second']);

function partsIn(ms: number, tz: string): Parts {
	const out: Parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, offsetSeconds: 0 };
	const zone = isValidTimeZone(tz) ? tz : 'UTC';
	for (const p of formatterFor(zone).formatToParts(new Date(ms))) {
		if (NUMERIC_PARTS.has(p.type))
			out[p.type as Exclude<keyof Parts, 'offsetSeconds'>] = Number(p.value);
		else if (p.type === 'timeZoneName') {
			const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(p.value);
			if (m) {
				const s = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
				out.offsetSeconds = m[1] === '-' ? -s : s;
			}
		}
	}
	out.hour %= 24;
	return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Offset of the zone at that instant, in seconds (e.g. 7200). */
export function offsetSeconds(ms: number, tz: string): number {
	return partsIn(ms, tz).offsetSeconds;
}

function offsetString(sec: number): string {
	const sign = sec < 0 ? '-' : '+';
	const a = Math.abs(sec);
	return `${sign}${pad(Math.floor(a / 3600))}:${pad(Math.floor((a % 3600) / 60))}`;
}

/** '2026-11-26T10:13:27+01:00' in the given zone. */
export function isoInZone(ms: number, tz: string): string {
	const p = partsIn(ms, tz);
	return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${offsetString(p.offsetSeconds)}`;
}

/** 'YYYY-mm-dd HH:ii:ss' in UTC (file upload_date, recorder_started). */
export function sqlDateUtc(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** 'YYYY-mm-dd' in the zone. */
export function dateInZone(ms: number, tz: string): string {
	const p = partsIn(ms, tz);
	return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** '15:56 GMT+2' in the zone (chat list 'time'). */
export function chatTimeInZone(ms: number, tz: string): string {
	const p = partsIn(ms, tz);
	const h = p.offsetSeconds / 3600;
	const off =
		p.offsetSeconds === 0
			? ''
			: `${h > 0 ? '+' : '-'}${Number.isInteger(h) ? Math.abs(h) : Math.abs(h).toFixed(1)}`;
	return `${pad(p.hour)}:${pad(p.minute)} GMT${off}`;
}

/**
 * Parses 'YYYY-mm-dd H:i:s' (wall time in `tz`) or ISO 8601.
 * Returns epoch ms, or null when malformed.
 */
export function parseDateInput(value: string, tz: string): number | null {
	const v = value.trim();
	const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(v);
	if (local) {
		const [y, mo, d, h, mi, s] = local.slice(1).map((x) => Number(x ?? 0));
		if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
		const wall = Date.UTC(y, mo - 1, d, h, mi, s);
		// two passes to settle on the zone's offset at that wall time
		let guess = wall - offsetSeconds(wall, tz) * 1000;
		guess = wall - offsetSeconds(guess, tz) * 1000;
		return guess;
	}
	if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return parseDateInput(`${v} 00:00:00`, tz);
	const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(v);
	if (iso) {
		const ms = Date.parse(v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
		return Number.isNaN(ms) ? null : ms;
	}
	return null;
}

/** Parses a duration: 'H:MM' or 'H:M' (e.g. '1:20', '0:20', '3:0') or a number of hours ('2', '1.5'). Returns minutes or null. */
export function parseDurationMinutes(value: string): number | null {
	const v = value.trim();
	// 'H:MM', and 'H:M' as the official clients send it ('3:0')
	const hm = /^(\d{1,3}):([0-5]?\d)$/.exec(v);
	if (hm) {
		const m = Number(hm[1]) * 60 + Number(hm[2]);
		return m > 0 ? m : null;
	}
	if (/^\d+(\.\d+)?$/.test(v)) {
		const m = Math.round(Number(v) * 60);
		return m > 0 ? m : null;
	}
	return null;
}
