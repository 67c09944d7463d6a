import type { Query } from '../types';
import type { MapFilter } from './map-values';

export interface DistributionRow extends Record<string, unknown> {
	divipola: string;
	nivel: number;
	n: number;
}

/** Initiatives per level of a category indicator, per department and national ('*'). */
export function distribution(f: MapFilter): Query {
	return {
		sql: `SELECT divipola, nivel, n
FROM distribucion_departamento
WHERE indicador = ? AND edicion = ? AND sector_id = ?
ORDER BY divipola, nivel`,
		params: [f.indicador, f.edicion, f.sector],
		tables: ['distribucion_departamento']
	};
}
