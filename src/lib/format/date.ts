import * as t from '../i18n/messages/format';

/**
 * Calendar parts of a timestamp as Bogotá sees it (publication dates are Colombian dates). Made on
 * first use: a formatter with a time zone costs tens of milliseconds on a slow phone, and pages
 * that only import `formatPeriod` (the home page's context strip) would pay it while hydrating.
 */
let parts: Intl.DateTimeFormat | undefined;
const bogota = () =>
	(parts ??= new Intl.DateTimeFormat('en-CA', {
		timeZone: 'America/Bogota',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}));

/** "2026-11-24T03:00:00Z" → "2026-11-23" (the date in Bogotá), for citations and file names. */
export function isoDay(iso: string): string {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : bogota().format(d);
}

/** The year in Bogotá of a timestamp, e.g. for "(2026)" in a citation. */
export function yearOf(iso: string): string {
	return isoDay(iso).slice(0, 4);
}

/** The month's name in the page's language (0 = January). */
function monthName(i: number): string {
	return t.months().split(' ')[i] ?? '';
}

/**
 * A statistical period in words: "2024-T3" → "3.er trimestre de 2024", "2024-S1" → "1.er semestre
 * de 2024", "2024-11" → "noviembre de 2024", "2024" → "2024" (en: "3rd quarter of 2024",
 * "November 2024"). Anything else is returned as given.
 */
export function formatPeriod(period: string): string {
	const p = period.trim();
	let m = /^(\d{4})-([TS])([1-4])$/i.exec(p);
	if (m) {
		const n = Number(m[3]);
		const quarter = m[2]!.toUpperCase() === 'T';
		if (!quarter && n > 2) return p;
		return quarter ? t.quarterOf(n, m[1]!) : t.halfOf(n, m[1]!);
	}
	m = /^(\d{4})-(\d{2})$/.exec(p);
	if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
		return t.monthOfYear(monthName(Number(m[2]) - 1), m[1]!);
	return p;
}

/** Bogotá has been UTC−5 all year since 1993 (no daylight saving time). */
const BOGOTA_OFFSET_MS = -5 * 3600 * 1000;

/**
 * A date "2024-11-30" (read at noon) or a timestamp → "30 de noviembre de 2024" (en: "November 30,
 * 2024"), the day in Bogotá.
 * The same text as `formatDate` in `./indicator`, without building an `Intl.DateTimeFormat` with a
 * time zone (tens of milliseconds on a slow phone): the site's footer shows it on every page.
 */
export function formatLongDate(iso: string): string {
	const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
	if (Number.isNaN(d.getTime())) return iso;
	const b = new Date(d.getTime() + BOGOTA_OFFSET_MS);
	return t.longDate(b.getUTCDate(), monthName(b.getUTCMonth()), b.getUTCFullYear());
}
