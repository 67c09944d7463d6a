import { formatInteger } from '$lib/format/number';
import * as m from '$lib/i18n/messages/profile';

/** `?dimension=todas`: every dimension at once. */
export const ALL_DIMENSIONS = 'todas';

/**
 * The dimension a profile shows for its `?dimension=` value: a known dimension, `todas` (all),
 * and otherwise (absent, unknown, old empty value) the first dimension, which is also what the
 * prerendered page shows.
 */
export function dimensionFromQuery(value: string | null, dimensions: string[]): string {
	if (value === ALL_DIMENSIONS || !dimensions.length) return ALL_DIMENSIONS;
	return value !== null && dimensions.includes(value) ? value : dimensions[0]!;
}

/** The `?dimension=` value that gives `dimension` (null: none, a bare URL is the first one). */
export function dimensionToQuery(dimension: string, dimensions: string[]): string | null {
	return dimension === dimensions[0] ? null : dimension;
}

/**
 * The sentence under the select, for screen readers and everyone: how many indicators the chosen
 * view shows and that the select has the others.
 */
export function dimensionSummary(shown: number, total: number, dimensionCount: number): string {
	const n = formatInteger(shown);
	if (shown >= total) return m.dimensionAll(shown, n, formatInteger(dimensionCount));
	return m.dimensionSome(shown, n, formatInteger(total - shown));
}
