import { hitos, type HitoRow } from './queries/context';
import { queryEvolution } from './evolution-data';
import { defaultEvolutionState, evolutionFilter } from './evolution-url';
import { viaConnector, type Catalog } from './types';
import type { NodeConnector } from './node-connector';

/** Runs, in Node at build time, the same builders the browser runs for /evolucion's default view. */
export async function queryInitialEvolution(conn: NodeConnector, cat: Catalog) {
	const [initial, hit] = await Promise.all([
		queryEvolution(viaConnector(conn), cat, evolutionFilter(defaultEvolutionState(cat))),
		conn.query<HitoRow>(hitos())
	]);
	return { initial, hitos: hit };
}
