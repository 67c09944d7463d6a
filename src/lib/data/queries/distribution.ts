import type { Query } from '../types';
import type { MapFilter } from './map-values';
import type { Scan } from './scan';

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

export interface IndicatorDistributionRow extends DistributionRow {
	edicion: number;
	sector_id: string;
}

/** `distribution` for every edition and sector of one category indicator, in one read. */
export function indicatorDistribution(indicador: string): Scan {
	return {
		table: 'distribucion_departamento',
		columns: ['edicion', 'sector_id', 'divipola', 'nivel', 'n'],
		where: { indicador },
		order: ['edicion', 'sector_id', 'divipola', 'nivel']
	};
}
