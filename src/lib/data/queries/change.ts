import { indicatorType } from '../../indicators/registry';
import type { Indicador, Query } from '../types';
import type { Cohorte } from '../url-state';
import { aggregateSql } from './evolution';
import type { Scan } from './scan';

/** Two editions of one indicator compared, in a sector, for a cohort of initiatives. */
export interface ChangeFilter {
	indicador: string;
	desde: number;
	hasta: number;
	sector: string; // sector_id or '*'
	cohorte: Cohorte;
	/** Categories: the level (1-based) whose share of initiatives is compared. */
	nivel: number | null;
}

/**
 * One department's change (`divipola = '*'`: national). `desde`/`hasta` are the indicator's
 * value (categories: the level's share, 0–100) in each edition, null where it has none;
 * `cambio` = hasta − desde; `cambio_pct` = cambio / |desde| · 100, null when desde is 0 or a side
 * is missing. `n_*` = initiatives behind each value (reporting; in the panel, the panel's).
 */
export interface ChangeRow extends Record<string, unknown> {
	divipola: string;
	desde: number | null;
	hasta: number | null;
	cambio: number | null;
	cambio_pct: number | null;
	n_desde: number;
	n_hasta: number;
}

type Ind = Pick<Indicador, 'tipo' | 'agregacion'>;
type Param = string | number;

/** Categories compare a level's share (%); other types their dictionary aggregate. */
function valueSql(ind: Ind, nivel: number | null, params: Param[]): string {
	if (!indicatorType(ind.tipo).levels) return aggregateSql(ind);
	params.push(nivel ?? 0);
	return 'count(*) FILTER (WHERE valor = ?) * 100.0::DOUBLE / count(*)';
}

/** The two editions' rows per department (`d`, `h`), for a cohort. */
function perEdition(f: ChangeFilter, ind: Ind): { cte: string; params: Param[] } {
	const params: Param[] = [];
	if (f.cohorte === 'todas' && !indicatorType(ind.tipo).levels) {
		params.push(f.indicador, f.sector, f.desde, f.hasta);
		return {
			cte: `WITH agg AS (
  SELECT edicion, divipola, valor, n_reportan AS n FROM agregados_departamento
  WHERE indicador = ? AND sector_id = ? AND edicion IN (?, ?)
)`,
			params
		};
	}
	if (f.cohorte === 'todas') {
		params.push(f.nivel ?? 0, f.indicador, f.sector, f.desde, f.hasta);
		return {
			cte: `WITH agg AS (
  SELECT edicion, divipola,
    sum(n) FILTER (WHERE nivel = ?) * 100.0::DOUBLE / nullif(sum(n), 0) AS valor, sum(n)::INTEGER AS n
  FROM distribucion_departamento
  WHERE indicador = ? AND sector_id = ? AND edicion IN (?, ?)
  GROUP BY edicion, divipola
)`,
			params
		};
	}
	// Panel: initiatives with a reported value in both editions, counted once, by their primary
	// department (national: all of them, also those without a department).
	params.push(f.indicador, f.desde, f.hasta, f.sector, f.sector, new Set([f.desde, f.hasta]).size);
	const value = valueSql(ind, f.nivel, params);
	return {
		cte: `WITH base AS (
  SELECT r.edicion, r.iniciativa_id, r.valor, i.divipola
  FROM resultados r JOIN iniciativas i ON i.iniciativa_id = r.iniciativa_id
  WHERE r.indicador = ? AND r.edicion IN (?, ?) AND (? = '*' OR i.sector_id = ?)
), panel AS (
  SELECT iniciativa_id FROM base GROUP BY iniciativa_id HAVING count(DISTINCT edicion) = ?
), scoped AS (
  SELECT edicion, divipola, valor FROM base WHERE divipola IS NOT NULL AND iniciativa_id IN (SELECT iniciativa_id FROM panel)
  UNION ALL
  SELECT edicion, '*' AS divipola, valor FROM base WHERE iniciativa_id IN (SELECT iniciativa_id FROM panel)
), agg AS (
  SELECT edicion, divipola, ${value} AS valor, count(*)::INTEGER AS n FROM scoped GROUP BY edicion, divipola
)`,
		params
	};
}

/**
 * The reference definition of the map's change view, in SQL: one row per department (and '*')
 * with a row in either edition, by DIVIPOLA. The page answers the same from scans, in JS
 * (`changeFrom`, `src/lib/map/change-aggregate.ts`), tested equal on the fixture.
 */
export function changeSql(f: ChangeFilter, ind: Ind): Query {
	const { cte, params } = perEdition(f, ind);
	params.push(f.desde, f.hasta);
	return {
		sql: `${cte}, d AS (SELECT * FROM agg WHERE edicion = ?), h AS (SELECT * FROM agg WHERE edicion = ?)
SELECT coalesce(h.divipola, d.divipola) AS divipola, d.valor AS desde, h.valor AS hasta,
  h.valor - d.valor AS cambio,
  CASE WHEN d.valor IS NULL OR h.valor IS NULL OR d.valor = 0 THEN NULL
    ELSE (h.valor - d.valor) / abs(d.valor) * 100 END AS cambio_pct,
  coalesce(d.n, 0)::INTEGER AS n_desde, coalesce(h.n, 0)::INTEGER AS n_hasta
FROM d FULL JOIN h ON d.divipola = h.divipola
ORDER BY divipola`,
		params,
		tables:
			f.cohorte === 'panel'
				? ['resultados', 'iniciativas']
				: [indicatorType(ind.tipo).levels ? 'distribucion_departamento' : 'agregados_departamento']
	};
}

/** Every initiative's primary department and sector (what the panel cohort groups by). */
export const initiativeUnits: Scan = {
	table: 'iniciativas',
	columns: ['iniciativa_id', 'divipola', 'sector_id'],
	where: {},
	order: ['iniciativa_id']
};
