import type { IndicatorDistributionRow } from './queries/distribution';
import type { EvolutionFilter, EvolutionRow, LevelRow } from './queries/evolution';
import type { IndicatorValueRow } from './queries/map-values';

interface AggregateRow {
	edicion: number;
	sector_id: string;
	divipola: string;
}

/**
 * The series key of an aggregate row for a `todas` breakdown, or null when the row is out of
 * scope: the same selection as `aggregateScope` in `queries/evolution.ts` (its SQL is the
 * reference, and tests hold the two equal).
 */
function serieOf(f: EvolutionFilter, r: AggregateRow, eds: Set<number>, deps: Set<string>) {
	if (!eds.has(r.edicion)) return null;
	if (f.desglose === 'nacional') return r.divipola === '*' && r.sector_id === '*' ? '*' : null;
	if (f.desglose === 'sector')
		return r.divipola === '*' && r.sector_id !== '*' ? r.sector_id : null;
	if (f.desglose === 'departamentos')
		return r.sector_id === '*' && deps.has(r.divipola) ? r.divipola : null;
	return null;
}

const bySerieEdition = (a: EvolutionRow, b: EvolutionRow) =>
	a.serie < b.serie ? -1 : a.serie > b.serie ? 1 : a.edicion - b.edicion;

/** `seriesFromAggregates(f)` answered from an indicator's rows (`indicatorValues`). */
export function seriesFromIndicatorRows(
	f: EvolutionFilter,
	rows: IndicatorValueRow[]
): EvolutionRow[] {
	const eds = new Set(f.ediciones);
	const deps = new Set(f.deptos);
	const out: EvolutionRow[] = [];
	for (const r of rows) {
		const serie = serieOf(f, r, eds, deps);
		if (serie === null || !(r.n_reportan > 0) || r.valor === null) continue;
		out.push({ edicion: r.edicion, serie, valor: r.valor, n: r.n_reportan });
	}
	return out.sort(bySerieEdition);
}

/** `levelsFromAggregates(f)` answered from an indicator's level counts (`indicatorDistribution`). */
export function levelsFromDistributionRows(
	f: EvolutionFilter,
	rows: IndicatorDistributionRow[]
): LevelRow[] {
	const eds = new Set(f.ediciones);
	const deps = new Set(f.deptos);
	const groups = new Map<string, LevelRow[]>();
	for (const r of rows) {
		const serie = serieOf(f, r, eds, deps);
		if (serie === null) continue;
		const k = `${serie}|${r.edicion}`;
		let g = groups.get(k);
		if (!g) groups.set(k, (g = []));
		g.push({ edicion: r.edicion, serie, nivel: r.nivel, n: r.n, total: 0, valor: 0 });
	}
	const out: LevelRow[] = [];
	for (const g of groups.values()) {
		const total = g.reduce((s, r) => s + r.n, 0);
		for (const r of g) {
			if (!(r.n > 0)) continue;
			out.push({ ...r, total, valor: (r.n * 100) / total });
		}
	}
	return out.sort((a, b) => bySerieEdition(a, b) || a.nivel - b.nivel);
}
