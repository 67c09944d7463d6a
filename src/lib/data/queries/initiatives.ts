import type { Query } from '../types';

/** One initiative as published (the `iniciativas` table). */
export interface Initiative {
	iniciativa_id: string;
	nombre: string;
	divipola: string | null;
	departamento: string | null;
	municipio: string | null;
	sector_id: string;
	sector: string;
	sector_detalle: string | null;
	entidad_lider: string | null;
	anio_inicio: number | null;
	anio_ingreso_red: number | null;
	reconocimiento_2024: string | null;
	fuente: string | null;
	notas: string | null;
}

/** An initiative plus its additional (shared) departments. */
export interface InitiativeRow extends Initiative, Record<string, unknown> {
	/** DIVIPOLA codes of the departments it also covers, `|`-separated, or NULL. */
	adicionales: string | null;
}

/** Every initiative with its identity fields, in a stable order (accent-insensitive name, id). */
export function initiativeCatalog(): Query {
	return {
		sql: `WITH shared AS (
  SELECT iniciativa_id, string_agg(divipola, '|' ORDER BY divipola) AS adicionales
  FROM iniciativa_departamentos
  WHERE NOT principal
  GROUP BY iniciativa_id
)
SELECT i.*, s.adicionales
FROM iniciativas i LEFT JOIN shared s USING (iniciativa_id)
ORDER BY lower(strip_accents(i.nombre)), i.iniciativa_id`,
		params: [],
		tables: ['iniciativas', 'iniciativa_departamentos']
	};
}

/** One row per initiative and edition it reported in, with its maturity level (NULL if not given). */
export interface ParticipationRow extends Record<string, unknown> {
	iniciativa_id: string;
	edicion: number;
	madurez: number | null;
}

/**
 * The editions each initiative reported in (at least one value in `resultados`) and its level of
 * the maturity indicator `madurez` (a category code from the dictionary) in each.
 */
export function initiativeEditions(madurez: string): Query {
	return {
		sql: `SELECT iniciativa_id, edicion, max(valor) FILTER (WHERE indicador = ?) AS madurez
FROM resultados
GROUP BY iniciativa_id, edicion
ORDER BY iniciativa_id, edicion`,
		params: [madurez],
		tables: ['resultados']
	};
}
