import * as m from '../../i18n/messages/data';
import { indicatorType } from '../../indicators/registry';
import type { Indicador, Query } from '../types';

/** How the indicator is split into series on /evolucion. */
export type Desglose = 'nacional' | 'sector' | 'departamentos' | 'iniciativa';

/**
 * Which initiatives count in each edition: `todas` = all that reported in that edition; `panel` =
 * only those that reported in every selected edition (so the set is the same along the line).
 */
export type Cohorte = 'todas' | 'panel';

export interface EvolutionFilter {
	indicador: string;
	desglose: Desglose;
	/** Primary departments (DIVIPOLA) for `departamentos`. */
	deptos: string[];
	/** The initiative for `iniciativa`. */
	iniciativa: string | null;
	/** Editions to include (at least one). */
	ediciones: number[];
	cohorte: Cohorte;
}

/** One point of a series: the aggregate and how many initiatives reported it. */
export interface EvolutionRow extends Record<string, unknown> {
	edicion: number;
	/** `*` (national), a sector_id, a DIVIPOLA or an iniciativa_id, by breakdown. */
	serie: string;
	valor: number;
	n: number;
}

/** One level of a category indicator in one point: count, reporting total and share (0–100). */
export interface LevelRow extends Record<string, unknown> {
	edicion: number;
	serie: string;
	nivel: number;
	n: number;
	total: number;
	valor: number;
}

type Param = Query['params'][number];

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The SQL aggregate for the dictionary rule (a fixed whitelist: never user text). */
export function aggregateSql(ind: Pick<Indicador, 'tipo' | 'agregacion'>): string {
	const sql = indicatorType(ind.tipo).pointSql(ind.agregacion, 'valor');
	if (sql === null) throw new Error(`la agregación «${ind.agregacion}» no da un valor por punto`);
	return sql;
}

const SERIE_KEY: Record<Desglose, string> = {
	nacional: "'*'",
	sector: 'i.sector_id',
	departamentos: 'i.divipola',
	iniciativa: 'r.iniciativa_id'
};

/**
 * The reported values in scope, one row per edition × initiative, with its series key; with the
 * `panel` cohort, only initiatives that reported in every selected edition. Primary department
 * = `iniciativas.divipola`, so an initiative counts once.
 */
function scope(f: EvolutionFilter): { cte: string; params: Param[] } {
	const params: Param[] = [f.indicador, ...f.ediciones];
	let where = `r.indicador = ? AND r.edicion IN (${placeholders(f.ediciones.length)})`;
	if (f.desglose === 'departamentos') {
		where += ` AND i.divipola IN (${placeholders(f.deptos.length)})`;
		params.push(...f.deptos);
	} else if (f.desglose === 'iniciativa') {
		where += ' AND r.iniciativa_id = ?';
		params.push(f.iniciativa ?? '');
	}
	let cte = `WITH base AS (
  SELECT r.edicion, r.iniciativa_id, r.valor, ${SERIE_KEY[f.desglose]} AS serie
  FROM resultados r JOIN iniciativas i ON i.iniciativa_id = r.iniciativa_id
  WHERE ${where}
)`;
	if (f.cohorte === 'panel') {
		cte += `, panel AS (
  SELECT iniciativa_id FROM base GROUP BY iniciativa_id HAVING count(DISTINCT edicion) = ?
), scoped AS (SELECT * FROM base WHERE iniciativa_id IN (SELECT iniciativa_id FROM panel))`;
		params.push(new Set(f.ediciones).size);
	} else cte += ', scoped AS (SELECT * FROM base)';
	return { cte, params };
}

/** Guards that make an empty IN () impossible. */
function check(f: EvolutionFilter) {
	if (!f.ediciones.length) throw new Error(m.pickOneEdition());
	if (f.desglose === 'departamentos' && !f.deptos.length) throw new Error(m.pickOneDepartment());
}

/**
 * The indicator across editions from `resultados`, aggregated by its dictionary rule, one row per
 * edition × series that has at least one reporting initiative. Editions without reports have no
 * row: they are gaps, never zeros.
 */
export function seriesFromResultados(f: EvolutionFilter, ind: Indicador): Query {
	check(f);
	const { cte, params } = scope(f);
	return {
		sql: `${cte}
SELECT edicion, serie, ${aggregateSql(ind)} AS valor, count(*)::INTEGER AS n
FROM scoped
GROUP BY edicion, serie
ORDER BY serie, edicion`,
		params,
		tables: ['resultados', 'iniciativas']
	};
}

/** Category indicators: initiatives per level per edition × series, with each level's share. */
export function levelsFromResultados(f: EvolutionFilter): Query {
	check(f);
	const { cte, params } = scope(f);
	return {
		sql: `${cte}, counts AS (
  SELECT edicion, serie, valor::INTEGER AS nivel, count(*)::INTEGER AS n FROM scoped GROUP BY ALL
)
SELECT edicion, serie, nivel, n, (sum(n) OVER w)::INTEGER AS total, n * 100.0::DOUBLE / sum(n) OVER w AS valor
FROM counts
WINDOW w AS (PARTITION BY edicion, serie)
ORDER BY serie, edicion, nivel`,
		params,
		tables: ['resultados', 'iniciativas']
	};
}

/** The rows of the published aggregates that a `todas` breakdown reads (no initiative mode). */
function aggregateScope(f: EvolutionFilter): { where: string; key: string; params: Param[] } {
	const params: Param[] = [f.indicador, ...f.ediciones];
	let where = `indicador = ? AND edicion IN (${placeholders(f.ediciones.length)})`;
	let key = 'divipola';
	if (f.desglose === 'nacional') where += " AND divipola = '*' AND sector_id = '*'";
	else if (f.desglose === 'sector') {
		where += " AND divipola = '*' AND sector_id <> '*'";
		key = 'sector_id';
	} else {
		where += ` AND divipola IN (${placeholders(f.deptos.length)}) AND sector_id = '*'`;
		params.push(...f.deptos);
	}
	return { where, key, params };
}

/**
 * Same rows as `seriesFromResultados` for the `todas` cohort, read from the build's
 * pre-aggregated `agregados_departamento` (small and already loaded for the map).
 */
export function seriesFromAggregates(f: EvolutionFilter): Query {
	check(f);
	const { where, key, params } = aggregateScope(f);
	return {
		sql: `SELECT edicion, ${key} AS serie, valor, n_reportan AS n
FROM agregados_departamento
WHERE ${where} AND n_reportan > 0
ORDER BY serie, edicion`,
		params,
		tables: ['agregados_departamento']
	};
}

/** Same rows as `levelsFromResultados` for the `todas` cohort, from `distribucion_departamento`. */
export function levelsFromAggregates(f: EvolutionFilter): Query {
	check(f);
	const { where, key, params } = aggregateScope(f);
	return {
		sql: `WITH counts AS (
  SELECT edicion, ${key} AS serie, nivel::INTEGER AS nivel, n FROM distribucion_departamento WHERE ${where}
), shares AS (
  SELECT *, (sum(n) OVER w)::INTEGER AS total, n * 100.0::DOUBLE / nullif(sum(n) OVER w, 0) AS valor
  FROM counts WINDOW w AS (PARTITION BY edicion, serie)
)
SELECT edicion, serie, nivel, n, total, valor FROM shares WHERE n > 0
ORDER BY serie, edicion, nivel`,
		params,
		tables: ['distribucion_departamento']
	};
}

/**
 * The query for a view: categories give level shares, the rest one value per point. The `todas`
 * cohort reads the published aggregates when it can; `panel` and single initiatives need the
 * initiative-level `resultados`.
 */
export function evolutionQuery(f: EvolutionFilter, ind: Indicador): Query {
	const fast = f.cohorte === 'todas' && f.desglose !== 'iniciativa';
	if (indicatorType(ind.tipo).levels)
		return fast ? levelsFromAggregates(f) : levelsFromResultados(f);
	return fast ? seriesFromAggregates(f) : seriesFromResultados(f, ind);
}
