import type { Indicador } from '../data/types';

/**
 * The label of a category's level in the page's language: `niveles` are the data's values (what
 * queries compare), `etiquetasNiveles` their labels in the same order. An unknown value is its
 * own label.
 */
export function levelLabel(
	ind: Pick<Indicador, 'niveles' | 'etiquetasNiveles'>,
	value: string
): string {
	const i = ind.niveles.indexOf(value);
	return (i >= 0 ? ind.etiquetasNiveles[i] : undefined) ?? value;
}
