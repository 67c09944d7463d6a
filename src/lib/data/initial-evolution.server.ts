import { hitos, type HitoRow } from './queries/context';
import { queryEvolution } from './evolution-data';
import { defaultEvolutionState, evolutionFilter } from './evolution-url';
import type { Catalog, Connector } from './types';

/** Runs, in Node at build time, the same builders the browser runs for /evolucion's default view. */
export async function queryInitialEvolution(conn: Connector, cat: Catalog) {
	const [initial, hit] = await Promise.all([
		queryEvolution(conn, cat, evolutionFilter(defaultEvolutionState(cat))),
		conn.query<HitoRow>(hitos())
	]);
	return { initial, hitos: hit };
}
