/** A department's place among the departments with a value of one indicator. */
export interface Rank {
	/** Competition rank (1, 2, 2, 4): 1 is the best by the dictionary's direction. */
	rank: number;
	/** How many other departments share the same value (0 = alone in its place). */
	tiedWith: number;
	/** Departments with a value (the «de m»). */
	of: number;
}

/**
 * `divipola`'s rank among `rows` (departments with a null value do not count); null when it has
 * no value. Ties share the best place, as on the map's ranking.
 */
export function rankAmong(
	rows: readonly { divipola: string; valor: number | null }[],
	divipola: string,
	higherIsBetter: boolean
): Rank | null {
	const present = rows.filter((r): r is { divipola: string; valor: number } => r.valor !== null);
	const own = present.find((r) => r.divipola === divipola);
	if (!own) return null;
	const better = present.filter((r) =>
		higherIsBetter ? r.valor > own.valor : r.valor < own.valor
	).length;
	const same = present.filter((r) => r.valor === own.valor).length - 1;
	return { rank: better + 1, tiedWith: same, of: present.length };
}

/** The median of a list (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
