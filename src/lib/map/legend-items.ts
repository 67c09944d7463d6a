import type { Indicador } from '$lib/data/types';
import { formatValue } from '$lib/format/indicator';
import * as m from '$lib/i18n/messages/map';
import { levelLabel } from '$lib/indicators/level-label';
import type { Classes } from './breaks';

/**
 * Legend entries (label + colour) for a set of classes, lowest class first. Classes are half-open
 * (a value equal to a threshold belongs to the class above, as in `classOf`), and the labels say
 * so in words: "de 45 a menos de 77", so no edge value reads as belonging to two classes.
 */
export function legendItems(ind: Indicador, classes: Classes, colours: string[]) {
	if (classes.kind === 'ordinal')
		return classes.levels.map((level, i) => ({
			label: levelLabel(ind, level),
			colour: colours[i]!
		}));
	const t = classes.thresholds;
	const f = (v: number) => formatValue(ind, v, true);
	if (t.length === 0)
		return [
			{
				label:
					classes.max === classes.min ? f(classes.min) : `${f(classes.min)} – ${f(classes.max)}`,
				colour: colours[0]!
			}
		];
	return colours.map((colour, i) => {
		if (i === 0) return { label: m.lessThan(f(t[0]!)), colour };
		if (i === t.length) return { label: m.orMore(f(t[i - 1]!)), colour };
		return { label: m.fromToLessThan(f(t[i - 1]!), f(t[i]!)), colour };
	});
}

/** The sentence under the legend that says which way the colours run. */
export function legendNote(ind: Indicador): string {
	return ind.mayor_es_mejor ? m.darkerHigher() : m.darkerLower();
}
