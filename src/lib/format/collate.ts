import { getLocale, LANG_TAG } from '../i18n/locale';

const collators = new Map<string, Intl.Collator>();

/**
 * Compares two labels for sorting in the page's language (accents and case ignored at first,
 * numbers by value): `rows.sort((a, b) => compareText(a.nombre, b.nombre))`.
 */
export function compareText(a: string, b: string): number {
	const tag = LANG_TAG[getLocale()];
	let c = collators.get(tag);
	if (!c) collators.set(tag, (c = new Intl.Collator(tag, { numeric: true })));
	return c.compare(a, b);
}
