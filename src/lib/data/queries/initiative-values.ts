import type { Query } from '../types';

/** All values of one initiative packed in one text: `indicador edicion valor` items joined by `;`. */
export interface InitiativeValuesRow extends Record<string, unknown> {
	iniciativa_id: string;
	valores: string;
}

/**
 * Every initiative's reported values in one grouped pass (for prerendering all profiles from one
 * query instead of one scan of `resultados` per profile). `id` narrows it to one initiative.
 *
 * Why one text per initiative: with ~1 million values, turning DuckDB lists into JavaScript
 * arrays took ~7 s and ordered aggregates ~10 s, while one unordered string per initiative took
 * ~1 s (measured at 20 000 initiatives on a busy 2-core machine). Items are self-contained, so their
 * order does not matter; codes are `[a-z][a-z0-9_]*` and DuckDB prints doubles so they round-trip.
 */
export function initiativeValues(id: string | null = null): Query {
	return {
		sql: `SELECT iniciativa_id,
  string_agg(indicador || ' ' || edicion || ' ' || valor, ';') AS valores
FROM resultados
WHERE ?::VARCHAR IS NULL OR iniciativa_id = ?
GROUP BY iniciativa_id
ORDER BY iniciativa_id`,
		params: [id, id],
		tables: ['resultados']
	};
}

/** One reported value. */
export interface ValueItem {
	indicador: string;
	edicion: number;
	valor: number;
}

/** Unpacks `InitiativeValuesRow.valores`. */
export function unpackValues(valores: string): ValueItem[] {
	if (!valores) return [];
	return valores.split(';').map((item) => {
		const [indicador, edicion, valor] = item.split(' ');
		return { indicador: indicador!, edicion: Number(edicion), valor: Number(valor) };
	});
}
