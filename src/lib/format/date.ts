/** Calendar parts of a timestamp as Bogotá sees it (publication dates are Colombian dates). */
const parts = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'America/Bogota',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** "2026-11-24T03:00:00Z" → "2026-11-23" (the date in Bogotá), for citations and file names. */
export function isoDay(iso: string): string {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : parts.format(d);
}

/** The year in Bogotá of a timestamp, e.g. for "(2026)" in a citation. */
export function yearOf(iso: string): string {
	return isoDay(iso).slice(0, 4);
}
