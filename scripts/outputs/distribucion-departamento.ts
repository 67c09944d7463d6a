import { tipoWhereSql } from '../../src/lib/indicators/registry.ts';
import type { TableOutput } from './types.ts';

/**
 * Initiatives per level of each category indicator, same groups as the aggregates. Every level
 * 1..k appears (n = 0 included) so stacked bars line up across departments.
 */
export const distribucionDepartamento: TableOutput = {
	tabla: 'distribucion_departamento',
	sql: `SELECT g.edicion, g.divipola, g.sector_id, g.indicador, s.nivel::SMALLINT AS nivel,
	             coalesce(c.n, 0)::INTEGER AS n
	      FROM d_grupos g
	      JOIN in_indicadores i ON i.codigo = g.indicador AND ${tipoWhereSql('i.tipo', (t) => t.levels)}
	      JOIN generate_series(1, 1000) s(nivel) ON s.nivel <= i.k
	      LEFT JOIN d_conteos c ON c.edicion = g.edicion AND c.indicador = g.indicador
	        AND c.divipola = g.divipola AND c.sector_id = g.sector_id AND c.nivel = s.nivel
	      ORDER BY g.indicador, g.edicion, g.divipola, g.sector_id, nivel`
};
