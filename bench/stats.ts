/** Small statistics for the benchmark report. */

/** The p-th percentile (0–100) by linear interpolation between closest ranks; null if empty. */
export function percentile(values: readonly number[], p: number): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const i = (p / 100) * (s.length - 1);
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Median and range of one figure over several runs (nulls, e.g. a missing mark, are skipped). */
export interface Spread {
	mediana: number | null;
	min: number | null;
	max: number | null;
	n: number;
}

export function spread(values: readonly (number | null)[]): Spread {
	const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
	return {
		mediana: round(median(v)),
		min: v.length ? round(Math.min(...v)) : null,
		max: v.length ? round(Math.max(...v)) : null,
		n: v.length
	};
}

/** Rounds to one decimal (milliseconds) or keeps null. */
export function round(x: number | null): number | null {
	return x === null ? null : Math.round(x * 10) / 10;
}
