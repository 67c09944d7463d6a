import { palette } from '$lib/map/palette';

/**
 * Okabe–Ito categorical colours, safe for the common colour-vision deficiencies. Ordered so the
 * first ones have the best contrast on white; yellow (#F0E442, too light for a thin line) is last.
 */
export const OKABE_ITO = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#E69F00',
	'#56B4E9',
	'#000000',
	'#F0E442'
] as const;

/** Colour of the i-th series (cycles past eight; pages should not compare more than seven). */
export function seriesColour(i: number): string {
	return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length]!;
}

/** Colours for ordered levels, lowest first: the map's sequential palette (darker = better). */
export function levelColours(k: number, higherIsBetter = true): string[] {
	return palette(k, higherIsBetter);
}
