import type { Indicador } from '$lib/data/types';
import { indicatorType } from '$lib/indicators/registry';
import * as t from '$lib/i18n/messages/format';

/**
 * Text of a point in an initiative-versus-medians comparison (lib/profile): the initiative's own
 * boolean answer reads «Sí»/«No» (its series holds it as 100/0), a group's as the % of «Sí»;
 * categories read as level names; medians of counts keep their half (12,5). Null is "sin datos" (en: "no data").
 */
export function formatComparisonValue(
	ind: Indicador,
	value: number | null | undefined,
	own: boolean
): string {
	if (value === null || value === undefined || Number.isNaN(value)) return t.noData();
	return indicatorType(ind.tipo).formatComparison(ind, value, own);
}
