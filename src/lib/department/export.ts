import type { Catalog } from '$lib/data/types';
import type { ExportTable } from '$lib/export/table';
import { indicatorOf } from './catalog';
import type { DepartmentPage } from './department';

/** The indicators table of a department page as a download (raw numbers, one row per indicator). */
export function departmentExportTable(p: DepartmentPage, cat: Catalog): ExportTable {
	return {
		columns: [
			{ name: 'divipola', type: 'STRING' },
			{ name: 'departamento', type: 'STRING' },
			{ name: 'edicion', type: 'INT32' },
			{ name: 'indicador', type: 'STRING' },
			{ name: 'nombre', type: 'STRING' },
			{ name: 'valor', type: 'DOUBLE' },
			{ name: 'nacional', type: 'DOUBLE' },
			{ name: 'mediana_departamentos', type: 'DOUBLE' },
			{ name: 'puesto', type: 'INT32' },
			{ name: 'departamentos_con_datos', type: 'INT32' },
			{ name: 'n_reportan', type: 'INT32' },
			{ name: 'n_iniciativas', type: 'INT32' }
		],
		rows: p.indicators.map((s) => ({
			divipola: p.divipola,
			departamento: p.nombre,
			edicion: p.edicion,
			indicador: s.indicador,
			nombre: indicatorOf(cat, s.indicador)?.nombre ?? s.indicador,
			valor: s.valor,
			nacional: s.nacional,
			mediana_departamentos: s.mediana,
			puesto: s.rank?.rank ?? null,
			departamentos_con_datos: s.rank?.of ?? s.valores.length,
			n_reportan: s.n_reportan,
			n_iniciativas: s.n_iniciativas
		}))
	};
}
