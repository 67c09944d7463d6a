import { formatNumber } from '../format/number';
import * as t from '../i18n/messages/indicators';

/**
 * The level's label for a category value (1-based position), in the page's language: its
 * `etiquetasNiveles` entry where the indicator has them (the site's), else its `niveles` value (the
 * build's rows).
 */
export function levelName(
	ind: { niveles: string[]; etiquetasNiveles?: string[] },
	position: number
): string {
	const i = Math.round(position) - 1;
	return ind.etiquetasNiveles?.[i] ?? ind.niveles[i] ?? t.levelNumber(formatNumber(position, 0));
}
