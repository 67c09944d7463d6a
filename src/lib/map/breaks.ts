import { indicatorType } from '../indicators/registry';
import { quantileSorted } from 'd3-array';
import type { Indicador } from '$lib/data/types';

/** How values become classes: thresholds for numbers, ordered levels for categories. */
export type Classes =
	| { kind: 'threshold'; thresholds: number[]; min: number; max: number }
	| { kind: 'ordinal'; levels: string[] };

/** Rounds to two significant digits so legend edges read as round numbers (1.234 → 1.200). */
export function roundNice(x: number): number {
	if (x === 0 || !Number.isFinite(x)) return x;
	return Number(x.toPrecision(2));
}

/** Whether the indicator lives on a fixed 0–100 style scale (indices, percentages, booleans). */
export function isBounded(ind: Indicador): boolean {
	return indicatorType(ind.tipo).bounded(ind);
}

/**
 * Class breaks suited to the indicator: categories keep their levels; bounded scales (indices,
 * percentages) use equal intervals over the dictionary's range so maps compare across editions;
 * counts and money, which are skewed, use quantiles of the values shown, rounded.
 */
export function classBreaks(ind: Indicador, values: number[], k = 5): Classes {
	if (indicatorType(ind.tipo).levels) return { kind: 'ordinal', levels: ind.niveles };
	if (isBounded(ind)) {
		const [min, max] = indicatorType(ind.tipo).range(ind);
		const step = (max - min) / k;
		const thresholds = Array.from({ length: k - 1 }, (_, i) => min + step * (i + 1));
		return { kind: 'threshold', thresholds, min, max };
	}
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return { kind: 'threshold', thresholds: [], min: 0, max: 0 };
	const min = sorted[0]!;
	const max = sorted[sorted.length - 1]!;
	const raw = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k)!);
	const thresholds = [...new Set(raw.map(roundNice))].filter((t) => t > min && t <= max);
	return { kind: 'threshold', thresholds, min, max };
}

/** Index of the class a value falls in (0-based); thresholds are lower-inclusive. */
export function classOf(classes: Classes, value: number): number {
	if (classes.kind === 'ordinal')
		return Math.min(Math.max(Math.round(value) - 1, 0), classes.levels.length - 1);
	let i = 0;
	while (i < classes.thresholds.length && value >= classes.thresholds[i]!) i++;
	return i;
}

/** Number of classes the breaks produce. */
export function classCount(classes: Classes): number {
	return classes.kind === 'ordinal' ? classes.levels.length : classes.thresholds.length + 1;
}
