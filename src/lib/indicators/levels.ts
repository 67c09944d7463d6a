import { formatNumber } from '../format/number';

/** The level's name for a category value (1-based position). */
export function levelName(ind: { niveles: string[] }, position: number): string {
	return ind.niveles[Math.round(position) - 1] ?? `nivel ${formatNumber(position, 0)}`;
}
