import { indicatorType } from '$lib/indicators/registry';
import type { Indicador } from '$lib/data/types';
import type { Medida } from '$lib/data/url-state';
import { changeUnit, formatChange } from '$lib/format/change';
import * as m from '$lib/i18n/messages/map';
import * as c from '$lib/i18n/messages/map-change';
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
		if (i === 0) return { label: m.lessThan(f(t[0]!)), colour };
		if (i === t.length) return { label: m.orMore(f(t[i - 1]!)), colour };
		return { label: m.fromToLessThan(f(t[i - 1]!), f(t[i]!)), colour };
	});
}

/** The legend's title: what changes and in which unit (`level`: the level's label). */
export function changeLegendTitle(ind: Indicador, medida: Medida, level: string | null): string {
	const u = changeUnit(ind, medida);
	const what = level ? c.levelIn(level, ind.nombre) : ind.nombre;
	return `${c.changeOf(what)}${u ? ` (${u})` : ''}`;
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
	if (better === null) return c.noteNeutral();
	return better ? c.noteRiseBetter() : c.noteFallBetter();
}
