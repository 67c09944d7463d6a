import type { Query } from '../types';

export interface SourceDomainRow extends Record<string, unknown> {
	dominio: string;
	iniciativas: number;
}

export interface SourceCoverageRow extends Record<string, unknown> {
	total: number;
	con_fuente: number;
}

export interface ReferenceSourceRow extends Record<string, unknown> {
	tabla: string;
	fuente: string;
	filas: number;
}

/**
 * Which websites the initiative catalogue cites (`iniciativas.fuente`, URLs separated by
 * spaces), as host names without `www.`, with how many initiatives cite each.
 */
export function sourceDomains(): Query {
	return {
		sql: `SELECT regexp_extract(url, '^[a-z]+://(www\\.)?([^/:?#]+)', 2) AS dominio,
	count(DISTINCT iniciativa_id)::INTEGER AS iniciativas
FROM (
	SELECT iniciativa_id, unnest(string_split(trim(fuente), ' ')) AS url
	FROM iniciativas WHERE fuente IS NOT NULL
)
WHERE url LIKE '%://%'
GROUP BY dominio
ORDER BY iniciativas DESC, dominio`,
		params: [],
		tables: ['iniciativas']
	};
}

/** How many initiatives cite a source at all. */
export function sourceCoverage(): Query {
	return {
		sql: `SELECT count(*)::INTEGER AS total,
	(count(*) FILTER (WHERE trim(coalesce(fuente, '')) <> ''))::INTEGER AS con_fuente
FROM iniciativas`,
		params: [],
		tables: ['iniciativas']
	};
}

/** The sources cited row by row in the reference copies (`hitos`, `coyuntura`). */
export function referenceSources(): Query {
	return {
		sql: `SELECT 'hitos' AS tabla, fuente, count(*)::INTEGER AS filas FROM hitos GROUP BY fuente
UNION ALL
SELECT 'coyuntura' AS tabla, fuente, count(*)::INTEGER AS filas FROM coyuntura GROUP BY fuente
ORDER BY tabla DESC, fuente`,
		params: [],
		tables: ['hitos', 'coyuntura']
	};
}
