import { schemeBrBG } from 'd3-scale-chromatic';
import type { Classes } from './breaks';

/** Classes of a diverging map: three on each side of a neutral class around 0. */
export const DIVERGING_CLASSES = 7;

/** The smallest «nice» step (1, 2, 2,5 or 5 × 10ⁿ) at least `x`. */
export function niceStep(x: number): number {
	if (!(x > 0) || !Number.isFinite(x)) return 1;
	const p = 10 ** Math.floor(Math.log10(x));
	return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= x * (1 - 1e-12))!;
}

/**
 * Breaks for changes, symmetric around 0: thresholds at −2s, −s, −s/5, s/5, s, 2s with a round
 * step s chosen so the largest change (either sign) falls within ±3s. The middle class
 * [−s/5, s/5) is «sin cambio apreciable»: no change reads as neither a rise nor a fall.
 * Lower-inclusive like `classOf`.
 */
export function divergingBreaks(values: number[]): Classes & { kind: 'threshold' } {
	const m = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
	const s = niceStep(m / 3);
	const h = s / 5;
	return {
		kind: 'threshold',
		thresholds: [-2 * s, -s, -h, h, s, 2 * s],
		min: -3 * s,
		max: 3 * s
	};
}

/**
 * ColorBrewer BrBG (diverging, colour-blind safe): brown for changes that make the indicator
 * worse, blue-green for changes that make it better, following `mayor_es_mejor`; grey-white
 * around 0.
 */
export function divergingPalette(higherIsBetter: boolean): string[] {
	// Nine BrBG steps without the two palest tints beside the middle: next to a neutral class those
	// read as white under colour-vision deficiencies (ΔE ≈ 5; colour-vision.test).
	const s = [0, 1, 2, 4, 6, 7, 8].map((i) => schemeBrBG[9]![i]!);
	return higherIsBetter ? s : s.reverse();
}
