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
		sql: `SELECT i.*, (
  SELECT string_agg(d.divipola, '|' ORDER BY d.divipola)
  FROM iniciativa_departamentos d
  WHERE d.iniciativa_id = i.iniciativa_id AND NOT d.principal
) AS adicionales
FROM iniciativas i
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
