import { indicatorType } from '$lib/indicators/registry';
import type { MapFilter, MapValueRow } from '$lib/data/queries/map-values';
import type { Departamento, Edicion, Indicador } from '$lib/data/types';
import type { ExportLegend } from '$lib/export/svg-document';
import type { ExportTable } from '$lib/export/table';
import { levelName, unitLabel } from '$lib/format/indicator';
import * as m from '$lib/i18n/messages/map';
import type { Classes } from './breaks';
import { legendItems, legendNote } from './legend-items';

/** The map's legend for exported images: the same entries as on the page, plus "Sin datos". */
export function mapExportLegend(ind: Indicador, classes: Classes, colours: string[]): ExportLegend {
	const unit = unitLabel(ind);
	return {
		title: `${ind.nombre}${unit ? ` (${unit})` : ''}`,
		entries: [
			...legendItems(ind, classes, colours).map((i) => ({ label: i.label, colour: i.colour })),
			{ label: m.noData(), colour: null }
		],
		note: legendNote(ind)
	};
}

/**
 * The rows behind one map view, as downloaded: all 33 departments in DIVIPOLA order, with an empty
 * `valor` where the view has no value (and 0 initiatives where none is in the edition and
 * sector), with its name, the edition's label and field year, and the filter in columns, so
 * several downloads can be stacked. For categories, `nivel` names the level that `valor` numbers.
 */
export function mapExportTable(
	ind: Indicador,
	f: MapFilter,
	edicion: Pick<Edicion, 'etiqueta' | 'anio_campo'>,
	values: MapValueRow[],
	departamentos: Departamento[]
): ExportTable {
	const byId = new Map(values.map((v) => [v.divipola, v]));
	const category = indicatorType(ind.tipo).levels;
	return {
		rows: departamentos.map((d) => {
			const v = byId.get(d.divipola);
			const valor = v?.valor ?? null;
			return {
				indicador: f.indicador,
				edicion: f.edicion,
				etiqueta_edicion: edicion.etiqueta,
				anio_campo: edicion.anio_campo,
				sector_id: f.sector,
				divipola: d.divipola,
				departamento: d.nombre,
				valor,
				...(category ? { nivel: valor === null ? null : levelName(ind, valor) } : {}),
				n_reportan: v?.n_reportan ?? 0,
				n_iniciativas: v?.n_iniciativas ?? 0
			};
		}),
		columns: [
			{ name: 'indicador', type: 'STRING' },
			{ name: 'edicion', type: 'INT32' },
			{ name: 'etiqueta_edicion', type: 'STRING' },
			{ name: 'anio_campo', type: 'INT32' },
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
