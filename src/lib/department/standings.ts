import type { Catalog } from '$lib/data/types';
import { isLevels } from './catalog';
import type { AggregateRow } from './queries';
import { median, rankAmong, type Rank } from './ranks';

/** One indicator of the latest edition, for one department, beside the country. */
export interface Standing {
	indicador: string;
	/** The department's aggregate (null: no initiative reported it). */
	valor: number | null;
	n_reportan: number;
	n_iniciativas: number;
	/** The national aggregate (dictionary rule over every initiative, with or without department). */
	nacional: number | null;
	/** Median of the departments' values (null for levels, or when none has one). */
	mediana: number | null;
	rank: Rank | null;
	/** Every department's value (for the dot plot), ascending. */
	valores: number[];
}

/**
 * Per indicator (dictionary order), the department's value, the national one, the departments'
 * median and its rank among the departments with data (`editionAggregatesSql` rows, grouped by
 * indicator).
 */
export function indicatorStandings(
	byIndicator: Map<string, AggregateRow[]>,
	cat: Pick<Catalog, 'indicadores'>,
	divipola: string
): Standing[] {
	return cat.indicadores.map((ind) => {
		const rows = byIndicator.get(ind.codigo) ?? [];
		const depts = rows.filter((r) => r.divipola !== '*');
		const own = depts.find((r) => r.divipola === divipola);
		const valores = depts
			.map((r) => r.valor)
			.filter((v): v is number => v !== null)
			.sort((a, b) => a - b);
		return {
			indicador: ind.codigo,
			valor: own?.valor ?? null,
			n_reportan: own?.n_reportan ?? 0,
			n_iniciativas: own?.n_iniciativas ?? 0,
			nacional: rows.find((r) => r.divipola === '*')?.valor ?? null,
			mediana: isLevels(ind) ? null : median(valores),
			rank: rankAmong(depts, divipola, ind.mayor_es_mejor),
			valores
		};
	});
}
