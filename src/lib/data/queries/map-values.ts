import type { Query } from '../types';
import type { Scan } from './scan';

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

export interface IndicatorValueRow extends MapValueRow {
	edicion: number;
	sector_id: string;
}

/**
 * Every edition and sector of one indicator, departments and national rows together: one read
 * fills the map's cache for all the edition and sector choices of that indicator (a few hundred
 * rows, whatever the number of initiatives). The file is sorted by indicator, so in the page only
 * the row groups of this indicator are read. `map-data.ts` splits it into exactly what
 * `mapValues` and `nationalValue` return for each filter.
 */
export function indicatorValues(indicador: string): Scan {
	return {
		table: 'agregados_departamento',
		columns: ['edicion', 'sector_id', 'divipola', 'valor', 'n_reportan', 'n_iniciativas'],
		where: { indicador },
		order: ['edicion', 'sector_id', 'divipola']
	};
}
