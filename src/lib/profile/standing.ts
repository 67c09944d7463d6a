import type { Indicador } from '$lib/data/types';
import type { IndicatorComparison, SeriesKey } from './profile';

/** How many indicators sit above, below or at a group's median. */
export interface Tally {
	above: number;
	below: number;
	equal: number;
}

/** Where an initiative stands in one dimension, in the latest edition it reported. */
export interface DimensionStanding {
	dimension: string;
	/** Indicators of the dimension with the initiative's own value in that edition. */
	reported: number;
	sector: Tally;
	/** Null when the initiative has no primary department. */
	departamento: Tally | null;
}

export interface Standing {
	/** The latest edition with any own value (null: never reported). */
	edicion: number | null;
	dimensions: DimensionStanding[];
}

const empty = (): Tally => ({ above: 0, below: 0, equal: 0 });

function count(t: Tally, own: number, median: number | null | undefined) {
	if (median === null || median === undefined) return;
	if (own > median) t.above++;
	else if (own < median) t.below++;
	else t.equal++;
}

/**
 * Per dimension (in the dictionary's order), how many of the initiative's indicators are above or
 * below its sector's and its department's medians in the latest edition it reported. Pure: built
 * from the comparisons `buildProfile()` already made, at build time.
 */
export function standing(comparisons: IndicatorComparison[], indicators: Indicador[]): Standing {
	const own = (c: IndicatorComparison) => c.series.find((s) => s.key === 'iniciativa');
	let edicion: number | null = null;
	for (const c of comparisons)
		for (const p of own(c)?.points ?? [])
			if (p.y !== null && (edicion === null || p.edicion > edicion)) edicion = p.edicion;

	const byCode = new Map(comparisons.map((c) => [c.indicador, c]));
	const hasDepartment = comparisons.some((c) => c.series.some((s) => s.key === 'departamento'));
	const out = new Map<string, DimensionStanding>();
	for (const ind of indicators) {
		const c = byCode.get(ind.codigo);
		if (!c) continue;
		let d = out.get(ind.dimension);
		if (!d) {
			d = {
				dimension: ind.dimension,
				reported: 0,
				sector: empty(),
				departamento: hasDepartment ? empty() : null
			};
			out.set(ind.dimension, d);
		}
		const at = (key: SeriesKey) =>
			c.series.find((s) => s.key === key)?.points.find((p) => p.edicion === edicion)?.y;
		const value = at('iniciativa');
		if (value === null || value === undefined) continue;
		d.reported++;
		count(d.sector, value, at('sector'));
		if (d.departamento) count(d.departamento, value, at('departamento'));
	}
	return { edicion, dimensions: [...out.values()] };
}
