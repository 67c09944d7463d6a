import type { Query } from '../types';
import type { MapFilter } from './map-values';

export interface DepartmentInitiativeRow extends Record<string, unknown> {
	iniciativa_id: string;
	nombre: string;
	municipio: string | null;
	sector: string;
	principal: boolean;
	valor: number | null;
}

/**
 * Initiatives of a department (primary or shared) in the sector, with their value of the
 * indicator in the edition (NULL when not reported or not surveyed that edition).
 */
export function departmentInitiatives(f: MapFilter & { divipola: string }): Query {
	return {
		sql: `SELECT i.iniciativa_id, i.nombre, i.municipio, i.sector, d.principal, r.valor
FROM iniciativa_departamentos d
JOIN iniciativas i ON i.iniciativa_id = d.iniciativa_id
LEFT JOIN resultados r
  ON r.iniciativa_id = i.iniciativa_id AND r.indicador = ? AND r.edicion = ?
WHERE d.divipola = ? AND (? = '*' OR i.sector_id = ?)
ORDER BY d.principal DESC, lower(strip_accents(i.nombre))`,
		params: [f.indicador, f.edicion, f.divipola, f.sector, f.sector],
		tables: ['iniciativa_departamentos', 'iniciativas', 'resultados']
	};
}
