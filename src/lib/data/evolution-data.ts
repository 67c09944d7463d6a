import {
	evolutionQuery,
	type EvolutionFilter,
	type EvolutionRow,
	type LevelRow
} from './queries/evolution';
import { initiativeById, type InitiativeOption } from './queries/initiative-search';
import type { Catalog, Connector } from './types';

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

/** Runs a view's queries (through the browser's or Node's connector: the same builders). */
export async function queryEvolution(
	conn: Connector,
	cat: Catalog,
	f: EvolutionFilter
): Promise<EvolutionData> {
	const ind = cat.indicadores.find((i) => i.codigo === f.indicador);
	if (!ind) throw new Error(`indicador desconocido «${f.indicador}»`);
	const kind = ind.tipo === 'categoria' ? 'niveles' : 'valores';
	const empty: EvolutionData = { kind, valores: [], niveles: [], iniciativa: null, falta: null };
	if (f.desglose === 'departamentos' && !f.deptos.length) return { ...empty, falta: 'deptos' };
	if (f.desglose === 'iniciativa' && !f.iniciativa) return { ...empty, falta: 'iniciativa' };
	const [rows, info] = await Promise.all([
		conn.query<EvolutionRow & LevelRow>(evolutionQuery(f, ind)),
		f.desglose === 'iniciativa' && f.iniciativa
			? conn.query<InitiativeOption>(initiativeById(f.iniciativa))
			: Promise.resolve([])
	]);
	return {
		...empty,
		valores: kind === 'valores' ? rows : [],
		niveles: kind === 'niveles' ? rows : [],
		iniciativa: info[0] ?? null
	};
}
