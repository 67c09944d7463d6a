import { catalogOf } from '$lib/data/catalog';
import type { Catalog, Indicador } from '$lib/data/types';
import { formatValue } from '$lib/format/indicator';
import { formatNumber } from '$lib/format/number';
import * as m from '$lib/i18n/messages/department';
import { levelLabel } from '$lib/indicators/level-label';
import { indicatorType } from '$lib/indicators/registry';

/*
 * Every catalogue lookup and every indicator-type decision of the department pages, in one place:
 * Map lookups through `catalogOf` and type questions through the indicator registry.
 */

/** The department's name (the code itself if unknown). */
export function departmentName(cat: Catalog, divipola: string): string {
	return catalogOf(cat).departmentName(divipola);
}

/** Whether the catalogue has this department. */
export function hasDepartment(cat: Catalog, divipola: string): boolean {
	return catalogOf(cat).department(divipola) !== undefined;
}

/** The indicator of a code, if the dictionary has it. */
export function indicatorOf(cat: Catalog, codigo: string) {
	return catalogOf(cat).indicator(codigo);
}

/** The edition's label ("SSME 2024"), or its number. */
export function editionLabel(cat: Catalog, edicion: number): string {
	return catalogOf(cat).editionLabel(edicion);
}

/** The latest edition of the catalogue (null without editions). */
export function latestEdition(cat: Pick<Catalog, 'ediciones'>): number | null {
	return cat.ediciones.length ? Math.max(...cat.ediciones.map((e) => e.edicion)) : null;
}

/** The maturity classification: the dictionary's category indicator of the «madurez» dimension. */
export function maturityOf(cat: Catalog): Indicador | undefined {
	return catalogOf(cat).maturity();
}

/** Whether values are ordered levels (category) rather than numbers to plot on a line. */
export function isLevels(ind: Indicador): boolean {
	return indicatorType(ind.tipo).levels;
}

/** An indicator's value as text, in its unit ("sin datos" for null). */
export function valueText(ind: Indicador, v: number | null | undefined): string {
	return formatValue(ind, v);
}

/** A level's label (1-based position) in the page's language. */
export function levelText(
	ind: Pick<Indicador, 'niveles' | 'etiquetasNiveles'>,
	nivel: number
): string {
	const value = ind.niveles[Math.round(nivel) - 1];
	return value === undefined ? m.levelN(formatNumber(nivel, 0)) : levelLabel(ind, value);
}

/** A sector's name in the page's language (the data's name if the catalogue lacks it). */
export function sectorName(cat: Catalog, sectorId: string, fallback: string): string {
	return catalogOf(cat).sector(sectorId)?.nombre ?? fallback;
}

/** `'es'` when the sector's name has no translation (for the `lang` of the element showing it). */
export function sectorLang(cat: Catalog, sectorId: string): 'es' | undefined {
	return catalogOf(cat).sector(sectorId)?.lang;
}
