import type { TableOutput } from './types.ts';

/**
 * One value per edition × department (`*` = national) × sector (`*` = all) × indicator, by the
 * indicator's aggregation. Boolean averages become % of «Sí»; categories take the most frequent
 * level (ties → the lower level).
 */
export const agregadosDepartamento: TableOutput = {
	tabla: 'agregados_departamento',
	sql: `WITH moda AS (
	        SELECT edicion, indicador, divipola, sector_id,
	               first(nivel ORDER BY n DESC, nivel ASC) AS moda
	        FROM d_conteos GROUP BY ALL)
	      SELECT g.edicion, g.divipola, g.sector_id, g.indicador,
	             CASE g.agregacion
	               WHEN 'suma' THEN g.suma
	               WHEN 'promedio' THEN
	                 CASE WHEN g.tipo = 'booleano' THEN g.promedio * 100 ELSE g.promedio END
	               WHEN 'mediana' THEN g.mediana
	               ELSE m.moda::DOUBLE END AS valor,
	             g.n_reportan, g.n_iniciativas
	      FROM d_grupos g LEFT JOIN moda m USING (edicion, indicador, divipola, sector_id)
	      ORDER BY g.indicador, g.edicion, g.divipola, g.sector_id`
};
