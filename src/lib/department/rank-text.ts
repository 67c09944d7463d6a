import { formatInteger } from '$lib/format/number';
import type { Rank } from './ranks';

/** «3.º de 24 departamentos con datos» (with «empatado con 2» when tied); «sin datos» without. */
export function rankText(r: Rank | null): string {
	if (!r) return 'sin datos';
	const tie =
		r.tiedWith > 0
			? ` (empatado con ${formatInteger(r.tiedWith)} ${r.tiedWith === 1 ? 'departamento' : 'departamentos'})`
			: '';
	return `${formatInteger(r.rank)}.º de ${formatInteger(r.of)} departamentos con datos${tie}`;
}
