import type { Scan } from './scan';

export interface SeriesRow extends Record<string, unknown> {
	edicion: number;
	valor: number | null;
	n_reportan: number;
	n_iniciativas: number;
}

/** The indicator across editions for one department (or '*' national) and sector. */
export function departmentSeries(p: { divipola: string; indicador: string; sector: string }): Scan {
	return {
		table: 'agregados_departamento',
		columns: ['edicion', 'valor', 'n_reportan', 'n_iniciativas'],
		where: { divipola: p.divipola, indicador: p.indicador, sector_id: p.sector },
		order: ['edicion']
	};
}
