import * as m from '../i18n/messages/data';
import { indicatorType } from '../indicators/registry';
import { catalogOf } from './catalog';
import { levelsFromDistributionRows, seriesFromIndicatorRows } from './evolution-aggregates';
import { indicatorDistribution, type IndicatorDistributionRow } from './queries/distribution';
import {
	evolutionQuery,
	type EvolutionFilter,
	type EvolutionRow,
	type LevelRow
} from './queries/evolution';
import { initiativeByIdScan, type InitiativeOption } from './queries/initiative-search';
import { indicatorValues, type IndicatorValueRow } from './queries/map-values';
import type { Catalog, DataAccess } from './types';

/** The numbers one /evolucion view shows. */
export interface EvolutionData {
	/** Category indicators give level shares; the rest one value per point. */
	kind: 'valores' | 'niveles';
	valores: EvolutionRow[];
	niveles: LevelRow[];
	/** The initiative of an `iniciativa` view (null if unknown or another breakdown). */
	iniciativa: InitiativeOption | null;
	/** Why nothing was queried, when the selection is incomplete. */
	falta: 'deptos' | 'iniciativa' | null;
}

/** Cache and de-duplication key of a filter. */
export function filterKey(f: EvolutionFilter): string {
	return JSON.stringify([f.indicador, f.desglose, f.deptos, f.iniciativa, f.ediciones, f.cohorte]);
}

/**
 * Whether a view is answered from the published aggregates (no query engine): every breakdown but
 * a single initiative, for the `todas` cohort. The constant panel and single initiatives need
 * initiative-level SQL, so they start DuckDB-WASM.
 */
export function needsEngine(f: EvolutionFilter): boolean {
	return !(f.cohorte === 'todas' && f.desglose !== 'iniciativa');
}

/** The rows of a view: from the aggregates' Parquet when it can, else SQL on the engine. */
async function rowsOf(
	data: DataAccess,
	cat: Catalog,
	f: EvolutionFilter
): Promise<(EvolutionRow & LevelRow)[]> {
	const ind = catalogOf(cat).indicator(f.indicador);
	if (!ind) throw new Error(m.unknownIndicatorShort(f.indicador));
	if (needsEngine(f))
		return (await data.engine()).query<EvolutionRow & LevelRow>(evolutionQuery(f, ind));
	if (indicatorType(ind.tipo).levels) {
		const rows = await data.source.scan<IndicatorDistributionRow>(
			indicatorDistribution(f.indicador)
		);
		return levelsFromDistributionRows(f, rows) as (EvolutionRow & LevelRow)[];
	}
	const rows = await data.source.scan<IndicatorValueRow>(indicatorValues(f.indicador));
	return seriesFromIndicatorRows(f, rows) as (EvolutionRow & LevelRow)[];
}

/** Runs a view's reads (in the page or in Node: the same definitions). */
export async function queryEvolution(
	data: DataAccess,
	cat: Catalog,
	f: EvolutionFilter
): Promise<EvolutionData> {
	const ind = catalogOf(cat).indicator(f.indicador);
	if (!ind) throw new Error(m.unknownIndicatorShort(f.indicador));
	const kind = indicatorType(ind.tipo).levels ? 'niveles' : 'valores';
	const empty: EvolutionData = { kind, valores: [], niveles: [], iniciativa: null, falta: null };
	if (f.desglose === 'departamentos' && !f.deptos.length) return { ...empty, falta: 'deptos' };
	if (f.desglose === 'iniciativa' && !f.iniciativa) return { ...empty, falta: 'iniciativa' };
	const [rows, info] = await Promise.all([
		rowsOf(data, cat, f),
		f.desglose === 'iniciativa' && f.iniciativa
			? data.source.scan<InitiativeOption>(initiativeByIdScan(f.iniciativa))
			: Promise.resolve([])
	]);
	return {
		...empty,
		valores: kind === 'valores' ? rows : [],
		niveles: kind === 'niveles' ? rows : [],
		iniciativa: info[0] ?? null
	};
}
