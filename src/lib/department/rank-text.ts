import { formatInteger } from '$lib/format/number';
import * as m from '$lib/i18n/messages/department';
import type { Rank } from './ranks';

/**
 * «3.º de 24 departamentos con datos» (with «empatado con 2» when tied), "3rd of 24 departments
 * with data" in English; «sin datos» without.
 */
export function rankText(r: Rank | null): string {
	if (!r) return m.noData();
	const tie = r.tiedWith > 0 ? m.tiedWith(r.tiedWith, formatInteger(r.tiedWith)) : '';
	return `${m.rank(r.rank, formatInteger(r.rank), r.of, formatInteger(r.of))}${tie}`;
}
