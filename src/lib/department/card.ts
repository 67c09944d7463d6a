import type { Catalog } from '$lib/data/types';
import { indicatorOf, isLevels } from './catalog';
import type { DepartmentPage } from './department';
import type { Standing } from './standings';

/** What the embeddable card shows: counts and a few key indicators (a much smaller payload). */
export interface DepartmentCard {
	divipola: string;
	nombre: string;
	counts: DepartmentPage['counts'];
	edicion: number | null;
	indicators: Omit<Standing, 'valores'>[];
}

/** The 3–4 indicators a card shows: the first number or yes/no indicator of each dimension. */
export function keyIndicators(p: DepartmentPage, cat: Catalog, count = 4): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const s of p.indicators) {
		const ind = indicatorOf(cat, s.indicador);
		if (!ind || isLevels(ind) || seen.has(ind.dimension)) continue;
		seen.add(ind.dimension);
		out.push(s.indicador);
		if (out.length === count) break;
	}
	return out;
}

/** A department page reduced to its embeddable card. */
export function departmentCard(p: DepartmentPage, cat: Catalog): DepartmentCard {
	const keys = keyIndicators(p, cat);
	return {
		divipola: p.divipola,
		nombre: p.nombre,
		counts: p.counts,
		edicion: p.edicion,
		indicators: p.indicators
			.filter((s) => keys.includes(s.indicador))
			.map(({ valores: _v, ...s }) => s)
	};
}
