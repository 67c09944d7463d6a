import { rank } from 'd3-array';
import type { Indicador } from '$lib/data/types';
import type { MapValueRow } from '$lib/data/queries/map-values';
import { classBreaks, classCount, classOf, type Classes } from './breaks';
import { palette } from './palette';

export interface Choropleth {
	classes: Classes;
	colours: string[];
	/** divipola → class index; departments without a value are absent ("sin datos"). */
	classOf: Map<string, number>;
}

/** Classes, colours and each department's class for the values of one view. */
export function choropleth(ind: Indicador, rows: MapValueRow[]): Choropleth {
	const present = rows.filter((r): r is MapValueRow & { valor: number } => r.valor !== null);
	const classes = classBreaks(
		ind,
		present.map((r) => r.valor)
	);
	const colours = palette(classCount(classes), ind.mayor_es_mejor);
	return {
		classes,
		colours,
		classOf: new Map(present.map((r) => [r.divipola, classOf(classes, r.valor)]))
	};
}

/**
 * Competition ranking (1, 2, 2, 4) of departments with a value; rank 1 is the best according to
 * the dictionary's direction.
 */
export function ranks(rows: MapValueRow[], higherIsBetter: boolean): Map<string, number> {
	const present = rows.filter((r) => r.valor !== null) as (MapValueRow & { valor: number })[];
	// d3-array's rank gives ties the first position, i.e. competition ranking.
	const r = rank(present.map((row) => (higherIsBetter ? -row.valor : row.valor)));
	return new Map(present.map((row, i) => [row.divipola, r[i]! + 1]));
}
