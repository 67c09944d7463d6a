import type { Indicador } from '$lib/data/types';
import { formatValue } from '$lib/format/indicator';
import type { Classes } from './breaks';

/**
 * Legend entries (label + colour) for a set of classes, lowest class first. Classes are half-open
 * (a value equal to a threshold belongs to the class above, as in `classOf`), and the labels say
 * so in words: "de 45 a menos de 77", so no edge value reads as belonging to two classes.
 */
export function legendItems(ind: Indicador, classes: Classes, colours: string[]) {
	if (classes.kind === 'ordinal')
		return classes.levels.map((label, i) => ({ label, colour: colours[i]! }));
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
		if (i === 0) return { label: `menos de ${f(t[0]!)}`, colour };
		if (i === t.length) return { label: `${f(t[i - 1]!)} o más`, colour };
		return { label: `de ${f(t[i - 1]!)} a menos de ${f(t[i]!)}`, colour };
	});
}

/** The sentence under the legend that says which way the colours run. */
export function legendNote(ind: Indicador): string {
	return ind.mayor_es_mejor
		? 'Más oscuro: valor más alto.'
		: 'Más oscuro: valor más bajo (menor es mejor).';
}
