import type { MapFilter, MapValueRow } from '$lib/data/queries/map-values';
import type { Departamento, Indicador } from '$lib/data/types';
import type { ExportLegend } from '$lib/export/svg-document';
import type { ExportTable } from '$lib/export/table';
import { levelName, unitLabel } from '$lib/format/indicator';
import type { Classes } from './breaks';
import { legendItems, legendNote } from './legend-items';

/** The map's legend for exported images: the same entries as on the page, plus "Sin datos". */
export function mapExportLegend(ind: Indicador, classes: Classes, colours: string[]): ExportLegend {
	const unit = unitLabel(ind);
	return {
		title: `${ind.nombre}${unit ? ` (${unit})` : ''}`,
		entries: [
			...legendItems(ind, classes, colours).map((i) => ({ label: i.label, colour: i.colour })),
			{ label: 'Sin datos', colour: null }
		],
		note: legendNote(ind)
	};
}

/**
 * The rows behind one map view, as downloaded: one per department with initiatives (the rows of
 * `mapValues`), with its name and the filter in columns so several downloads can be stacked. For
 * categories, `nivel` names the level that `valor` numbers.
 */
export function mapExportTable(
	ind: Indicador,
	f: MapFilter,
	values: MapValueRow[],
	departamentos: Departamento[]
): ExportTable {
	const names = new Map(departamentos.map((d) => [d.divipola, d.nombre]));
	const category = ind.tipo === 'categoria';
	return {
		rows: values.map((v) => ({
			indicador: f.indicador,
			edicion: f.edicion,
			sector_id: f.sector,
			divipola: v.divipola,
			departamento: names.get(v.divipola) ?? null,
			valor: v.valor,
			...(category ? { nivel: v.valor === null ? null : levelName(ind, v.valor) } : {}),
			n_reportan: v.n_reportan,
			n_iniciativas: v.n_iniciativas
		})),
		columns: [
			{ name: 'indicador', type: 'STRING' },
			{ name: 'edicion', type: 'INT32' },
			{ name: 'sector_id', type: 'STRING' },
			{ name: 'divipola', type: 'STRING' },
			{ name: 'departamento', type: 'STRING' },
			{ name: 'valor', type: 'DOUBLE' },
			...(category ? [{ name: 'nivel', type: 'STRING' as const }] : []),
			{ name: 'n_reportan', type: 'INT32' },
			{ name: 'n_iniciativas', type: 'INT32' }
		]
	};
}
