import type { Query } from '../types';

/** The middle of a group's reported values, per edition and indicator. */
export interface MedianRow extends Record<string, unknown> {
	edicion: number;
	indicador: string;
	/** sector_id or primary DIVIPOLA, by builder. */
	grupo: string;
	/** Continuous median (the mean of the two middle values when their number is even). */
	mediana: number;
	/** Lower median: always one of the values (a category level). */
	mediana_discreta: number;
	/** Mean of the values: for a 1/0 boolean, the share of «Sí». */
	media: number;
	/** Initiatives of the group that reported the indicator in the edition. */
	n: number;
}

const STATS = `median(r.valor) AS mediana, quantile_disc(r.valor, 0.5) AS mediana_discreta,
  avg(r.valor) AS media, count(*)::INTEGER AS n`;

/** Medians of every indicator per edition and sector (all initiatives of the sector that reported). */
export function mediansBySector(): Query {
	return {
		sql: `SELECT r.edicion, r.indicador, i.sector_id AS grupo, ${STATS}
FROM resultados r JOIN iniciativas i USING (iniciativa_id)
GROUP BY r.edicion, r.indicador, i.sector_id
ORDER BY r.indicador, grupo, r.edicion`,
		params: [],
		tables: ['resultados', 'iniciativas']
	};
}

/**
 * Medians of every indicator per edition and primary department (as on the map, an initiative
 * counts once, in its main department; those without a department are left out).
 */
export function mediansByDepartment(): Query {
	return {
		sql: `SELECT r.edicion, r.indicador, i.divipola AS grupo, ${STATS}
FROM resultados r JOIN iniciativas i USING (iniciativa_id)
WHERE i.divipola IS NOT NULL
GROUP BY r.edicion, r.indicador, i.divipola
ORDER BY r.indicador, grupo, r.edicion`,
		params: [],
		tables: ['resultados', 'iniciativas']
	};
}
