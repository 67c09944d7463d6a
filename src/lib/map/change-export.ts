import type { ChangeFilter, ChangeRow } from '$lib/data/queries/change';
import type { Departamento, Edicion, Indicador } from '$lib/data/types';
import type { ExportLegend } from '$lib/export/svg-document';
import type { ExportTable } from '$lib/export/table';
import type { Classes } from './breaks';
import { changeLegendItems, changeLegendNote, changeLegendTitle } from './change-legend';
import type { Medida } from '$lib/data/url-state';
import * as m from '$lib/i18n/messages/map';
import { levelLabel } from '$lib/indicators/level-label';

/** The change map's legend (page and exported images): diverging classes plus «Sin datos». */
export function changeLegend(
	ind: Indicador,
	medida: Medida,
	level: string | null,
	better: boolean | null,
	classes: Classes & { kind: 'threshold' },
	colours: string[]
) {
	return {
		title: changeLegendTitle(ind, medida, level),
		items: changeLegendItems(ind, medida, classes, colours),
		note: changeLegendNote(better)
	};
}

/** The same legend in the shape image exports draw. */
export function changeExportLegend(l: ReturnType<typeof changeLegend>): ExportLegend {
	return {
		title: l.title,
		entries: [...l.items, { label: m.noData(), colour: null }],
		note: l.note
	};
}

type Ed = Pick<Edicion, 'edicion' | 'etiqueta' | 'anio_campo'>;

/**
 * The rows behind one change view, as downloaded: all 33 departments in DIVIPOLA order (empty
 * values where a department has none), both editions (number, label, field year), both values,
 * the absolute and % change and the initiatives behind each side, with the filter in columns.
 */
export function changeExportTable(
	ind: Indicador,
	f: ChangeFilter,
	desde: Ed,
	hasta: Ed,
	rows: ChangeRow[],
	departamentos: Departamento[]
): ExportTable {
	const byId = new Map(rows.map((r) => [r.divipola, r]));
	const value = f.nivel === null ? undefined : ind.niveles[f.nivel - 1];
	const level = value === undefined ? null : levelLabel(ind, value);
	return {
		rows: departamentos.map((d) => {
			const r = byId.get(d.divipola);
			return {
				departamento: d.nombre,
				divipola: d.divipola,
				indicador: f.indicador,
				...(level !== null ? { nivel: level } : {}),
				sector_id: f.sector,
				cohorte: f.cohorte,
				edicion_desde: desde.edicion,
				etiqueta_desde: desde.etiqueta,
				anio_desde: desde.anio_campo,
				edicion_hasta: hasta.edicion,
				etiqueta_hasta: hasta.etiqueta,
				anio_hasta: hasta.anio_campo,
				valor_desde: r?.desde ?? null,
				valor_hasta: r?.hasta ?? null,
				cambio: r?.cambio ?? null,
				cambio_pct: r?.cambio_pct ?? null,
				n_desde: r?.n_desde ?? 0,
				n_hasta: r?.n_hasta ?? 0
			};
		}),
		columns: [
			{ name: 'departamento', type: 'STRING' },
			{ name: 'divipola', type: 'STRING' },
			{ name: 'indicador', type: 'STRING' },
			...(level !== null ? [{ name: 'nivel', type: 'STRING' as const }] : []),
			{ name: 'sector_id', type: 'STRING' },
			{ name: 'cohorte', type: 'STRING' },
			{ name: 'edicion_desde', type: 'INT32' },
			{ name: 'etiqueta_desde', type: 'STRING' },
			{ name: 'anio_desde', type: 'INT32' },
			{ name: 'edicion_hasta', type: 'INT32' },
			{ name: 'etiqueta_hasta', type: 'STRING' },
			{ name: 'anio_hasta', type: 'INT32' },
			{ name: 'valor_desde', type: 'DOUBLE' },
			{ name: 'valor_hasta', type: 'DOUBLE' },
			{ name: 'cambio', type: 'DOUBLE' },
			{ name: 'cambio_pct', type: 'DOUBLE' },
			{ name: 'n_desde', type: 'INT32' },
			{ name: 'n_hasta', type: 'INT32' }
		]
	};
}
