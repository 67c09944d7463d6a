import type { MapValueRow } from '$lib/data/queries/map-values';
import { ranking, type Ranking } from './ranking';

/**
 * The ranking of a change view: ordered like `ranking`, but each bar runs from 0 to its change
 * on a scale over [min(0, lowest), max(0, highest)], so a fall is a bar left of the zero line
 * and a rise one to the right.
 */
export function changeRanking(
	values: MapValueRow[],
	ranks: Map<string, number>,
	names: Map<string, string>
): Ranking {
	const r = ranking(values, ranks, names);
	const vs = r.rows.map((x) => x.valor);
	const lo = Math.min(0, ...vs);
	const hi = Math.max(0, ...vs);
	const span = hi === lo ? 1 : hi - lo;
	const x = (v: number) => ((v - lo) / span) * 100;
	return {
		...r,
		rows: r.rows.map((row) => ({
			...row,
			left: Math.min(x(0), x(row.valor)),
			width: Math.abs(x(row.valor) - x(0))
		}))
	};
}
