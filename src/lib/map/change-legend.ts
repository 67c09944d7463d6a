import { indicatorType } from '$lib/indicators/registry';
import type { Indicador } from '$lib/data/types';
import type { Medida } from '$lib/data/url-state';
import { changeUnit, formatChange } from '$lib/format/change';
import type { Classes } from './breaks';

/**
 * Legend entries for a diverging change map, most negative first, in half-open words like the
 * value legend: «menos de −10», «de −10 a menos de −5», «de −5 a menos de 0», «de 0 a menos de
 * 5», …, «10 o más».
 */
export function changeLegendItems(
	ind: Indicador,
	medida: Medida,
	classes: Classes & { kind: 'threshold' },
	colours: string[]
) {
	const t = classes.thresholds;
	const f = (v: number) => formatChange(ind, v, medida, { sign: false, unit: false, exact: true });
	return colours.map((colour, i) => {
		if (i === 0) return { label: `menos de ${f(t[0]!)}`, colour };
		if (i === t.length) return { label: `${f(t[i - 1]!)} o más`, colour };
		return { label: `de ${f(t[i - 1]!)} a menos de ${f(t[i]!)}`, colour };
	});
}

/** The legend's title: what changes and in which unit. */
export function changeLegendTitle(ind: Indicador, medida: Medida, level: string | null): string {
	const u = changeUnit(ind, medida);
	const what = level ? `«${level}» en ${ind.nombre}` : ind.nombre;
	return `Cambio de ${what}${u ? ` (${u})` : ''}`;
}

/**
 * Whether a rise is an improvement: the dictionary's direction; for a category, a rise in the
 * highest level's share is, in the lowest's it is not, and in a middle level it says nothing
 * (null: colours then only say up or down).
 */
export function riseIsBetter(ind: Indicador, nivel: number | null): boolean | null {
	if (!indicatorType(ind.tipo).levels) return ind.mayor_es_mejor;
	const k = ind.niveles.length;
	if (nivel === k) return ind.mayor_es_mejor;
	if (nivel === 1) return !ind.mayor_es_mejor;
	return null;
}

/** Which way the colours run. */
export function changeLegendNote(better: boolean | null): string {
	if (better === null)
		return 'Azul verdoso: sube; marrón: baja. Casi blanco: sin cambio apreciable (cerca de 0).';
	return better
		? 'Azul verdoso: sube (mejora); marrón: baja (empeora). Casi blanco: sin cambio apreciable (cerca de 0).'
		: 'Azul verdoso: baja (mejora); marrón: sube (empeora). Casi blanco: sin cambio apreciable (cerca de 0).';
}
