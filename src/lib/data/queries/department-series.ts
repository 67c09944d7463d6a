import type { Query } from '../types';

export interface SeriesRow extends Record<string, unknown> {
	edicion: number;
	valor: number | null;
	n_reportan: number;
	n_iniciativas: number;
}

/** The indicator across editions for one department (or '*' national) and sector. */
export function departmentSeries(p: {
	divipola: string;
	indicador: string;
	sector: string;
}): Query {
	return {
		sql: `SELECT edicion, valor, n_reportan, n_iniciativas
FROM agregados_departamento
WHERE divipola = ? AND indicador = ? AND sector_id = ?
ORDER BY edicion`,
		params: [p.divipola, p.indicador, p.sector],
		tables: ['agregados_departamento']
	};
}
