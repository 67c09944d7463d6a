import type { Query } from '../types';

export interface MapFilter {
	indicador: string;
	edicion: number;
	sector: string; // sector_id or '*' for all
}

export interface MapValueRow extends Record<string, unknown> {
	divipola: string;
	valor: number | null;
	n_reportan: number;
	n_iniciativas: number;
}

/**
 * One row per department with initiatives in the edition (and sector): the indicator aggregated by
 * its dictionary rule. Departments without a row are "sin datos". `divipola = '*'` is the national
 * row and is excluded here.
 */
export function mapValues(f: MapFilter): Query {
	return {
		sql: `SELECT divipola, valor, n_reportan, n_iniciativas
FROM agregados_departamento
WHERE indicador = ? AND edicion = ? AND sector_id = ? AND divipola <> '*'
ORDER BY divipola`,
		params: [f.indicador, f.edicion, f.sector],
		tables: ['agregados_departamento']
	};
}

/** The national aggregate for the same filter (includes initiatives without a department). */
export function nationalValue(f: MapFilter): Query {
	return {
		sql: `SELECT divipola, valor, n_reportan, n_iniciativas
FROM agregados_departamento
WHERE indicador = ? AND edicion = ? AND sector_id = ? AND divipola = '*'`,
		params: [f.indicador, f.edicion, f.sector],
		tables: ['agregados_departamento']
	};
}
