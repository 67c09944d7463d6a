import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import type { XSpec } from './types';

/** Where x values land: `pos` gives the centre of a band or the point on the number line. */
export interface XScale {
	pos: (v: string | number) => number;
	ticks: (string | number)[];
	/** Width of one band (0 on a number line). */
	bandwidth: number;
}

/** Room one band label needs ("SSME 2016" at the axis' font size, plus a gap). */
const BAND_LABEL_PX = 64;

/**
 * The x scale for a spec over `width` pixels. Unknown band keys land at NaN (not drawn). Band
 * labels are thinned (every 2nd, 3rd…) when bands are narrower than a label, as in small multiples.
 */
export function xScale(spec: XSpec, width: number): XScale {
	if (spec.type === 'band') {
		const s = scaleBand<string>().domain(spec.domain).range([0, width]).paddingInner(0.3);
		s.paddingOuter(0.15);
		const bw = s.bandwidth();
		const every = Math.max(1, Math.ceil(BAND_LABEL_PX / s.step()));
		return {
			pos: (v) => (s(String(v)) ?? NaN) + bw / 2,
			ticks: spec.domain.filter((_, i) => i % every === 0),
			bandwidth: bw
		};
	}
	const [a, b] =
		spec.domain[0] === spec.domain[1] ? [spec.domain[0] - 1, spec.domain[1] + 1] : spec.domain;
	const s = scaleLinear().domain([a, b]).range([0, width]);
	// Integer ticks only: the linear axis is used for years.
	const ticks = s.ticks(Math.max(2, Math.min(8, Math.floor(width / 70)))).filter(Number.isInteger);
	return { pos: (v) => s(Number(v)), ticks, bandwidth: 0 };
}

/** The y scale: domain → [height, 0], rounded to nice ends. */
export function yScale(domain: [number, number], height: number): ScaleLinear<number, number> {
	return scaleLinear().domain(domain).range([height, 0]).nice(5);
}

/**
 * A y domain for values: from the dictionary's fixed range when known (comparable across views),
 * otherwise from the data, starting at zero for non-negative quantities. Never empty or flat.
 */
export function yExtent(
	values: (number | null | undefined)[],
	opts: { min?: number | null; max?: number | null; zero?: boolean } = {}
): [number, number] {
	const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	let lo = opts.min ?? (present.length ? Math.min(...present) : 0);
	let hi = opts.max ?? (present.length ? Math.max(...present) : 1);
	if ((opts.zero ?? true) && lo > 0 && opts.min == null) lo = 0;
	if (opts.max != null && present.some((v) => v > hi)) hi = Math.max(...present);
	if (opts.min != null && present.some((v) => v < lo)) lo = Math.min(...present);
	if (hi === lo) hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.1;
	return [lo, hi];
}

/** Rounds a pixel coordinate to one decimal (stable SVG output for snapshots and diffs). */
export function px(v: number): number {
	return Math.round(v * 10) / 10;
}
