import { indicatorType } from '$lib/indicators/registry';
import { seriesColour } from '$lib/charts/palette';
import type { Catalog } from '$lib/data/types';
import type { ExportLegend } from '$lib/export/svg-document';
import type { ExportTable } from '$lib/export/table';
import { levelName } from '$lib/format/indicator';
import * as m from '$lib/i18n/messages/profile';
import { levelLabel } from '$lib/indicators/level-label';
import type { InitiativeProfile } from './profile';
import { SERIES_STYLE } from './series-style';

/**
 * A profile's indicator tables as one long table: per indicator, edition and series (the
 * initiative, the median of its sector, of its department) the value the table shows (`null` =
 * sin datos), how it is measured and how many initiatives are behind a median.
 */
export function profileExportTable(p: InitiativeProfile, cat: Catalog): ExportTable {
	return dataTable(p, cat);
}

/** The export under the data's (Spanish) column names. */
function dataTable(p: InitiativeProfile, cat: Catalog): ExportTable {
	const inds = new Map(cat.indicadores.map((i) => [i.codigo, i]));
	const eds = new Map(cat.ediciones.map((e) => [e.edicion, e.etiqueta]));
	const id = p.iniciativa.iniciativa_id;
	return {
		rows: p.comparaciones.flatMap((c) => {
			const ind = inds.get(c.indicador);
			return c.series.flatMap((s) =>
				s.points.map((pt) => ({
					iniciativa_id: id,
					indicador: c.indicador,
					indicador_nombre: ind?.nombre ?? c.indicador,
					edicion: pt.edicion,
					edicion_etiqueta: eds.get(pt.edicion) ?? pt.x,
					serie: s.key,
					serie_nombre: s.label,
					medida: s.key === 'iniciativa' ? 'valor' : c.measure,
					valor: pt.y,
					nivel:
						ind && indicatorType(ind.tipo).levels && pt.y !== null
							? levelLabel(ind, levelName(ind, Math.round(pt.y)))
							: null,
					n: pt.n
				}))
			);
		}),
		columns: [
			{ name: 'iniciativa_id', type: 'STRING' },
			{ name: 'indicador', type: 'STRING' },
			{ name: 'indicador_nombre', type: 'STRING' },
			{ name: 'edicion', type: 'INT32' },
			{ name: 'edicion_etiqueta', type: 'STRING' },
			{ name: 'serie', type: 'STRING' },
			{ name: 'serie_nombre', type: 'STRING' },
			{ name: 'medida', type: 'STRING' },
			{ name: 'valor', type: 'DOUBLE' },
			{ name: 'nivel', type: 'STRING' },
			{ name: 'n', type: 'INT32' }
		]
	};
}

/**
 * The comparison charts' legend for exported images: the series of the first comparison (every
 * indicator has the same three, in the same colours, dashes and markers as `ComparisonChart`).
 */
export function profileExportLegend(p: InitiativeProfile): ExportLegend {
	const series = p.comparaciones[0]?.series ?? [];
	return {
		title: m.legendTitle(),
		entries: series.map((s, i) => ({
			label: s.key === 'iniciativa' ? p.iniciativa.nombre : medianLabel(s.label),
			colour: seriesColour(i),
			shape: 'line' as const,
			...SERIES_STYLE[s.key]
		})),
		note: m.legendNote()
	};
}

/** A group series' label as a median (a yes/no indicator's series says "% con «Sí»"). */
function medianLabel(label: string): string {
	const yes = m.yesShare();
	return label.startsWith(yes) ? `${m.median()}${label.slice(yes.length)}` : label;
}
