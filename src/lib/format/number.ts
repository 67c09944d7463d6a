/**
 * The only place numbers become text, in the page's language: es-CO (1.234.567,8) or en-US
 * (1,234,567.8).
 */
import { getLocale, LANG_TAG } from '../i18n/locale';

const cache = new Map<string, Intl.NumberFormat>();

/** An Intl formatter of the page's language (made once per language and options). */
export function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const tag = LANG_TAG[getLocale()];
	const key = `${tag} ${JSON.stringify(options)}`;
	let f = cache.get(key);
	if (!f) cache.set(key, (f = new Intl.NumberFormat(tag, options)));
	return f;
}

/** Plain formatters by number of decimals, for the values `plain` leaves to Intl. */
const byDigits = (digits: number) => nf({ maximumFractionDigits: digits });

/** Thousands and decimal separators of the page's language. */
const SEPARATORS = { es: ['.', ','], en: [',', '.'] } as const;

/** Adds one unit in the last place of a string of decimal digits ("0999" → "1000"). */
function increment(digits: string): string {
	const d = digits.split('');
	let i = d.length - 1;
	while (i >= 0 && d[i] === '9') d[i--] = '0';
	if (i < 0) d.unshift('1');
	else d[i] = String(Number(d[i]) + 1);
	return d.join('');
}

/**
 * `Intl.NumberFormat('es-CO' | 'en-US', { maximumFractionDigits })` for ordinary numbers, without Intl:
 * building the first Intl formatter loads the locale's data, 20–50 ms of a page's hydration on a
 * fast computer (four times that on a slow phone). Same rules: the shortest decimal form of the
 * value rounded half away from zero, thousands grouped with "." (en: ","), decimals after "," (en: "."), no trailing
 * zeros, "-0" for a negative value that rounds to zero. Tested against Intl; null for the values
 * it leaves to Intl (not finite, 1e21 or more, or below 1e-6 in size).
 */
function plainText(value: number, digits: number): string | null {
	const abs = Math.abs(value);
	if (!Number.isFinite(value) || abs >= 1e21 || (abs !== 0 && abs < 1e-6)) return null;
	if (!Number.isInteger(digits) || digits < 0 || digits > 20) return null;
	const [int = '0', frac = ''] = String(abs).split('.');
	let whole = int;
	let decimals = frac;
	if (frac.length > digits) {
		const kept = int + frac.slice(0, digits);
		const rounded = frac.charCodeAt(digits) >= 53 ? increment(kept) : kept; // '5'
		whole = rounded.slice(0, rounded.length - digits);
		decimals = rounded.slice(rounded.length - digits);
	}
	decimals = decimals.replace(/0+$/, '');
	const [group, point] = SEPARATORS[getLocale()];
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	return `${sign}${grouped}${decimals ? `${point}${decimals}` : ''}`;
}

/** Formats a plain number with up to `digits` decimals, e.g. 1234.5 → "1.234,5" (en: "1,234.5"). */
export function formatNumber(value: number, digits = 1): string {
	return plainText(value, digits) ?? byDigits(digits).format(value);
}

/** Integer with thousands separators, e.g. 174937 → "174.937". */
export function formatInteger(value: number): string {
	return plainText(value, 0) ?? byDigits(0).format(value);
}

/** Compact form for legends and cards, e.g. 2_700_000 → "2,7 M" (en: "2.7M"). */
export function formatCompact(value: number): string {
	if (Math.abs(value) < 10_000) return formatNumber(value, Math.abs(value) < 10 ? 1 : 0);
	return nf({ notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Percentage of a 0–100 value, e.g. 45.25 → "45,3 %" (en: "45.3%"). */
export function formatPercent(value: number, digits = 1): string {
	return withPercent(formatNumber(value, digits));
}

/** A number's text followed by the percent sign as the page's language writes it. */
export function withPercent(text: string): string {
	return getLocale() === 'en' ? `${text}%` : `${text} %`;
}
