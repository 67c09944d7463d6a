import type { Query } from '../types';

/** All values of one initiative, as three parallel lists (one entry per edition × indicator). */
export interface InitiativeValuesRow extends Record<string, unknown> {
	iniciativa_id: string;
	ediciones: number[];
	indicadores: string[];
	valores: number[];
}

/**
 * Every initiative's reported values in one grouped pass (for prerendering all profiles from one
 * query instead of one scan of `resultados` per profile). `id` narrows it to one initiative.
 */
export function initiativeValues(id: string | null = null): Query {
	return {
		sql: `SELECT iniciativa_id,
  list(edicion ORDER BY indicador, edicion) AS ediciones,
  list(indicador ORDER BY indicador, edicion) AS indicadores,
  list(valor ORDER BY indicador, edicion) AS valores
FROM resultados
WHERE ?::VARCHAR IS NULL OR iniciativa_id = ?
GROUP BY iniciativa_id
ORDER BY iniciativa_id`,
		params: [id, id],
		tables: ['resultados']
	};
}
