import type { Query } from '$lib/data/types';

/** One link department × initiative, with what the page lists of the initiative. */
export interface LinkRow extends Record<string, unknown> {
	divipola: string;
	principal: boolean;
	iniciativa_id: string;
	nombre: string;
	municipio: string | null;
	sector_id: string;
	sector: string;
	/** The maturity level (1-based) in the latest edition it was reported, or null. */
	nivel: number | null;
	/** That edition (null when never reported). */
	nivel_edicion: number | null;
}

/**
 * Every department's initiatives, primary and shared (`iniciativa_departamentos`), with each
 * initiative's latest reported maturity level. Ordered by department, primary first, then name
 * (accents and case ignored) and id, as the map's panel lists them.
 */
export function departmentLinksSql(madurez: string): Query {
	return {
		sql: `WITH m AS (
  SELECT iniciativa_id, arg_max(valor, edicion)::INTEGER AS nivel, max(edicion)::INTEGER AS nivel_edicion
  FROM resultados
  WHERE indicador = ? AND valor IS NOT NULL
  GROUP BY iniciativa_id
)
SELECT d.divipola, d.principal, i.iniciativa_id, i.nombre, i.municipio, i.sector_id, i.sector,
  m.nivel, m.nivel_edicion
FROM iniciativa_departamentos d
JOIN iniciativas i ON i.iniciativa_id = d.iniciativa_id
LEFT JOIN m ON m.iniciativa_id = d.iniciativa_id
ORDER BY d.divipola, d.principal DESC, lower(strip_accents(i.nombre)), i.iniciativa_id`,
		params: [madurez],
		tables: ['iniciativa_departamentos', 'iniciativas', 'resultados']
	};
}

/** One department's (or the national `*`) aggregate of one indicator in one edition. */
export interface AggregateRow extends Record<string, unknown> {
	indicador: string;
	divipola: string;
	valor: number | null;
	n_reportan: number;
	n_iniciativas: number;
}

/** Every indicator's aggregate per department and national, all sectors, in one edition. */
export function editionAggregatesSql(edicion: number): Query {
	return {
		sql: `SELECT indicador, divipola, valor, n_reportan, n_iniciativas
FROM agregados_departamento
WHERE edicion = ? AND sector_id = '*'
ORDER BY indicador, divipola`,
		params: [edicion],
		tables: ['agregados_departamento']
	};
}

/** Initiatives per level of a category indicator, per department and edition. */
export interface LevelCountRow extends Record<string, unknown> {
	divipola: string;
	edicion: number;
	nivel: number;
	n: number;
}

/** The maturity levels per primary department and edition (all sectors). */
export function levelCountsSql(indicador: string): Query {
	return {
		sql: `SELECT divipola, edicion::INTEGER AS edicion, nivel::INTEGER AS nivel, n::INTEGER AS n
FROM distribucion_departamento
WHERE indicador = ? AND sector_id = '*' AND divipola <> '*'
ORDER BY divipola, edicion, nivel`,
		params: [indicador],
		tables: ['distribucion_departamento']
	};
}
