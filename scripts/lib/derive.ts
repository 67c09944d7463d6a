import type { DuckDBConnection } from '@duckdb/node-api';
import { pointValueSql, tipoWhereSql } from '../../src/lib/indicators/registry.ts';

/**
 * One row per edition × initiative present in that edition's file × indicator, with the
 * initiative's primary department and sector and its value (NULL when it did not report).
 */
const BASE = `
CREATE TEMP TABLE d_base AS
SELECT p.edicion, p.iniciativa_id, i.divipola, i.sector_id, ind.codigo AS indicador,
       ind.tipo, ind.agregacion, r.valor
FROM in_presencia p
JOIN in_iniciativas i USING (iniciativa_id)
CROSS JOIN in_indicadores ind
LEFT JOIN in_resultados r
  ON r.edicion = p.edicion AND r.iniciativa_id = p.iniciativa_id AND r.indicador = ind.codigo`;

/** Department (or `*` = national) × sector (or `*` = all): the four groupings the site reads. */
const SETS = (extra: string) => `GROUPING SETS (
  (edicion, indicador, divipola, sector_id${extra}), (edicion, indicador, divipola${extra}),
  (edicion, indicador, sector_id${extra}), (edicion, indicador${extra}))`;

const LABELS = `
  CASE WHEN grouping(divipola) = 1 THEN '*' ELSE divipola END AS divipola,
  CASE WHEN grouping(sector_id) = 1 THEN '*' ELSE sector_id END AS sector_id`;

/** A department group leaves out initiatives without department; the national one keeps them. */
const KEEP = 'HAVING NOT (grouping(divipola) = 0 AND divipola IS NULL)';

const GROUPS = `
CREATE TEMP TABLE d_grupos AS
SELECT edicion, indicador, ${LABELS},
  any_value(tipo) AS tipo, any_value(agregacion) AS agregacion,
  sum(valor) AS suma, avg(valor) AS promedio, median(valor) AS mediana,
  ${pointValueSql('any_value(tipo)', 'any_value(agregacion)', 'valor')} AS valor,
  count(valor)::INTEGER AS n_reportan, count(*)::INTEGER AS n_iniciativas
FROM d_base
GROUP BY ${SETS('')}
${KEEP}`;

const COUNTS = `
CREATE TEMP TABLE d_conteos AS
SELECT edicion, indicador, ${LABELS}, valor::SMALLINT AS nivel, count(*)::INTEGER AS n
FROM d_base
WHERE ${tipoWhereSql('tipo', (t) => t.levels)} AND valor IS NOT NULL
GROUP BY ${SETS(', valor')}
${KEEP}`;

/**
 * Builds the derived tables the aggregate outputs read (`d_grupos`, `d_conteos`). Runs on one
 * thread: floating-point sums added in a different order differ in the last bits, and the
 * published files must be byte-identical for the same inputs.
 */
export async function deriveAggregates(conn: DuckDBConnection): Promise<void> {
	await conn.run('SET threads = 1');
	await conn.run(BASE);
	await conn.run(GROUPS);
	// Validation reports values whose sums overflow (rule no_finito); this is the last guard.
	const bad = await conn.runAndReadAll(
		'SELECT count(*)::INTEGER AS n FROM d_grupos WHERE NOT (isfinite(coalesce(suma, 0)) AND isfinite(coalesce(promedio, 0)) AND isfinite(coalesce(mediana, 0)))'
	);
	if (Number(bad.getRowObjectsJS()[0]?.n ?? 0) > 0)
		throw new Error('un agregado no es finito (∞ o NaN): no se publica');
	await conn.run(COUNTS);
	await conn.run('DROP TABLE d_base');
	await conn.run('SET threads = 2');
}
