import type { Catalog, Indicador } from '$lib/data/types';
import { formatValue, levelName } from '$lib/format/indicator';

/*
 * Every catalogue lookup and every indicator-type decision of the department pages, in one place:
 * when the catalogue becomes a class (Map lookups) and types move to a registry, only this file
 * changes.
 */

/** The department's name (the code itself if unknown). */
export function departmentName(cat: Pick<Catalog, 'departamentos'>, divipola: string): string {
	return cat.departamentos.find((d) => d.divipola === divipola)?.nombre ?? divipola;
}

/** Whether the catalogue has this department. */
export function hasDepartment(cat: Pick<Catalog, 'departamentos'>, divipola: string): boolean {
	return cat.departamentos.some((d) => d.divipola === divipola);
}

/** The indicator of a code, if the dictionary has it. */
export function indicatorOf(cat: Pick<Catalog, 'indicadores'>, codigo: string) {
	return cat.indicadores.find((i) => i.codigo === codigo);
}

/** The edition's label ("SSME 2024"), or its number. */
export function editionLabel(cat: Pick<Catalog, 'ediciones'>, edicion: number): string {
	return cat.ediciones.find((e) => e.edicion === edicion)?.etiqueta ?? String(edicion);
}

/** The latest edition of the catalogue (null without editions). */
export function latestEdition(cat: Pick<Catalog, 'ediciones'>): number | null {
	return cat.ediciones.length ? Math.max(...cat.ediciones.map((e) => e.edicion)) : null;
}

/** The maturity classification: the dictionary's category indicator of the «madurez» dimension. */
export function maturityOf(cat: Pick<Catalog, 'indicadores'>): Indicador | undefined {
	return cat.indicadores.find((i) => i.dimension === 'madurez' && i.tipo === 'categoria');
}

/** Whether values are ordered levels (category) rather than numbers to plot on a line. */
export function isLevels(ind: Indicador): boolean {
	return ind.tipo === 'categoria';
}

/** An indicator's value as text, in its unit ("sin datos" for null). */
export function valueText(ind: Indicador, v: number | null | undefined): string {
	return formatValue(ind, v);
}

/** A level's name (1-based). */
export function levelText(ind: Indicador, nivel: number): string {
	return levelName(ind, nivel);
}
