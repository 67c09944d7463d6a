/** The only place numbers become text: es-CO conventions (1.234.567,8). */
const cache = new Map<string, Intl.NumberFormat>();

function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = JSON.stringify(options);
	let f = cache.get(key);
	if (!f) cache.set(key, (f = new Intl.NumberFormat('es-CO', options)));
	return f;
}

/** Plain formatters by number of decimals: the hot path (a profile formats hundreds of cells while
 * it hydrates) skips building and hashing an options object per call. */
const plain: Intl.NumberFormat[] = [];
const byDigits = (digits: number) => (plain[digits] ??= nf({ maximumFractionDigits: digits }));

/** Formats a plain number with up to `digits` decimals, e.g. 1234.5 → "1.234,5". */
export function formatNumber(value: number, digits = 1): string {
	return byDigits(digits).format(value);
}

/** Integer with thousands separators, e.g. 174937 → "174.937". */
export function formatInteger(value: number): string {
	return byDigits(0).format(value);
}

/** Compact form for legends and cards, e.g. 2_700_000 → "2,7 M". */
export function formatCompact(value: number): string {
	if (Math.abs(value) < 10_000) return formatNumber(value, Math.abs(value) < 10 ? 1 : 0);
	return nf({ notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Percentage of a 0–100 value, e.g. 45.25 → "45,3 %". */
export function formatPercent(value: number, digits = 1): string {
	return `${formatNumber(value, digits)} %`;
}
