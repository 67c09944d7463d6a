import { mean, median, sum } from 'd3-array';
import type { Agregacion } from '../contract/manifest';

/** One aggregation rule over a group's reported values: the SQL and its JavaScript twin. */
export interface Aggregation {
	sql(valor: string): string;
	js(values: number[]): number | null;
}

/**
 * The rules that give one value per group. `distribucion` (categories) gives a distribution
 * over levels instead, so it has no entry here. JS twins use d3-array, whose `median` is the
 * continuous one (mean of the two middle values), like DuckDB's `median`.
 */
export const AGGREGATIONS: Partial<Record<Agregacion, Aggregation>> = {
	suma: { sql: (v) => `sum(${v})`, js: (xs) => (xs.length ? sum(xs) : null) },
	promedio: { sql: (v) => `avg(${v})`, js: (xs) => mean(xs) ?? null },
	mediana: { sql: (v) => `median(${v})`, js: (xs) => median(xs) ?? null }
};

/** The rule, or an error naming it (a dictionary the build validated never reaches it). */
export function aggregation(agregacion: Agregacion): Aggregation {
	const a = AGGREGATIONS[agregacion];
	if (!a) throw new Error(`la agregación «${agregacion}» no da un valor por punto`);
	return a;
}
