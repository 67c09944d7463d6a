import { scaleLinear } from 'd3-scale';

/** One row of the dot plot, in pixels. */
export interface DotRow {
	indicador: string;
	label: string;
	/** Every department's x (grey dots). */
	others: number[];
	/** The department's x, or null (no value). */
	own: number | null;
	/** The departments' median x, or null. */
	median: number | null;
}

/**
 * Each indicator on its own linear scale from the lowest to the highest department value (values
 * of different units never share an axis), mapped to [left, right] pixels.
 */
export function dotRows(
	rows: {
		indicador: string;
		label: string;
		valores: number[];
		valor: number | null;
		mediana: number | null;
	}[],
	left: number,
	right: number
): DotRow[] {
	return rows.map((r) => {
		const lo = Math.min(...r.valores);
		const hi = Math.max(...r.valores);
		const x = scaleLinear()
			.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
			.range([left, right]);
		const at = (v: number | null) =>
			v === null || !r.valores.length ? null : Math.round(x(v) * 10) / 10;
		return {
			indicador: r.indicador,
			label: r.label,
			others: r.valores.map((v) => at(v)!),
			own: at(r.valor),
			median: at(r.mediana)
		};
	});
}
