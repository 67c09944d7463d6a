import type { TableOutput } from './types.ts';

/**
 * One value per edition × department (`*` = national) × sector (`*` = all) × indicator, by the
 * indicator's aggregation: the point value `d_grupos` computed with the registry's SQL
 * (`src/lib/indicators`); types with levels take the most frequent level (ties → the lower).
 */
export const agregadosDepartamento: TableOutput = {
	tabla: 'agregados_departamento',
	sql: `WITH moda AS (
	        SELECT edicion, indicador, divipola, sector_id,
	               first(nivel ORDER BY n DESC, nivel ASC) AS moda
	        FROM d_conteos GROUP BY ALL)
	      SELECT g.edicion, g.divipola, g.sector_id, g.indicador,
	             coalesce(g.valor, m.moda::DOUBLE) AS valor,
	             g.n_reportan, g.n_iniciativas
	      FROM d_grupos g LEFT JOIN moda m USING (edicion, indicador, divipola, sector_id)
	      ORDER BY g.indicador, g.edicion, g.divipola, g.sector_id`
};
