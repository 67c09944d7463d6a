import { luminance } from './colour-vision';
import { schemeYlGnBu } from 'd3-scale-chromatic';

/** Fill for departments without data; drawn with a hatch so it never reads as a low value. */
export const NO_DATA_FILL = '#f4f4f4';

/**
 * Sequential ColorBrewer YlGnBu (safe for the common colour-vision deficiencies and in greyscale),
 * `k` classes from light to dark. Darker always means "better": for indicators where lower is
 * better the order is reversed.
 */
export function palette(k: number, higherIsBetter: boolean): string[] {
	const n = Math.max(3, Math.min(9, k));
	const scheme = [...(schemeYlGnBu[n] ?? [])];
	const colours = k < 3 ? [scheme[0]!, scheme[2]!].slice(0, Math.max(k, 1)) : scheme;
	return higherIsBetter ? colours : colours.reverse();
}

/** Relative luminance (WCAG 2.1) of a #rrggbb colour (one formula, in `colour-vision.ts`). */
export { luminance } from './colour-vision';

/** Text colour (dark or white) with the better contrast on a given fill. */
export function inkOn(fill: string): string {
	return luminance(fill) > 0.22 ? '#1a1a1a' : '#ffffff';
}
