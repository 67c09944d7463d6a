import { indicatorType } from '$lib/indicators/registry';
import { levelColours } from '$lib/charts/palette';
import type { EvolutionData } from '$lib/data/evolution-data';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import type { Catalog, Indicador } from '$lib/data/types';
import type { ExportFilter } from '$lib/export/meta';
import type { ExportLegend } from '$lib/export/svg-document';
import type { ExportTable } from '$lib/export/table';
import { unitLabel } from '$lib/format/indicator';
import * as m from '$lib/i18n/messages/evolution';
import { levelText, seriesLabels, selectedEditions, type Panel } from './series';
import { editionsText } from './title';

const DESGLOSE_WORDS: Record<EvolutionFilter['desglose'], () => string> = {
	nacional: m.breakdownNational,
	sector: m.breakdownSector,
	departamentos: m.breakdownDepartments,
	iniciativa: m.breakdownInitiative
};

/** The view's filters in the words of the controls (for comment lines and metadata). */
export function evolutionExportFilters(
	cat: Catalog,
	ind: Indicador,
	f: EvolutionFilter,
	data: EvolutionData
): ExportFilter[] {
	const names = new Map(cat.departamentos.map((d) => [d.divipola, d.nombre]));
	return [
		{ label: m.indicatorLabel(), value: ind.nombre },
		{ label: m.breakdownLabel(), value: DESGLOSE_WORDS[f.desglose]() },
		...(f.desglose === 'departamentos'
			? [
					{
						label: m.breakdownDepartments(),
						value: f.deptos.map((d) => names.get(d) ?? d).join(', ')
					}
				]
			: []),
		...(f.desglose === 'iniciativa'
			? [{ label: m.filterInitiative(), value: data.iniciativa?.nombre ?? f.iniciativa ?? '' }]
			: []),
		{ label: m.editionsLabel(), value: editionsText(cat, f) },
		{
			label: m.cohortLabel(),
			value: f.cohorte === 'panel' ? m.cohortPanelShort() : m.cohortAllShort()
		}
	];
}

/**
 * The rows behind one /evolucion view, as downloaded: one per plotted point (series × edition
 * with a value; gaps are not rows), or per level of each bar for categories, in the order the
 * charts draw them, with the filter in columns so several downloads stack.
 */
export function evolutionExportTable(
	cat: Catalog,
	ind: Indicador,
	f: EvolutionFilter,
	data: EvolutionData
): ExportTable {
	return dataTable(cat, ind, f, data);
}

/** The export's rows and columns under the data's (Spanish) column names. */
function dataTable(
	cat: Catalog,
	ind: Indicador,
	f: EvolutionFilter,
	data: EvolutionData
): ExportTable {
	const eds = selectedEditions(cat, f);
	const label = new Map(eds.map((e) => [e.edicion, e.etiqueta]));
	const order = new Map(eds.map((e, i) => [e.edicion, i]));
	const common = {
		indicador: f.indicador,
		desglose: f.desglose,
		cohorte: f.cohorte,
		ediciones_elegidas: f.ediciones.join(',')
	};
	const filterColumns = [
		{ name: 'indicador', type: 'STRING' as const },
		{ name: 'desglose', type: 'STRING' as const },
		{ name: 'cohorte', type: 'STRING' as const },
		{ name: 'ediciones_elegidas', type: 'STRING' as const },
		{ name: 'serie', type: 'STRING' as const },
		{ name: 'serie_nombre', type: 'STRING' as const },
		{ name: 'edicion', type: 'INT32' as const },
		{ name: 'edicion_etiqueta', type: 'STRING' as const }
	];
	const series = seriesLabels(cat, f, data);
	const rank = new Map(series.map(([key], i) => [key, i]));
	const names = new Map(series);
	// Series in the charts' order, then editions, then levels (bottom of the bar first).
	const byPlot = <T extends { serie: string; edicion: number; nivel?: number }>(rows: T[]) =>
		rows
			.filter((r) => rank.has(r.serie) && order.has(r.edicion))
			.sort(
				(a, b) =>
					rank.get(a.serie)! - rank.get(b.serie)! ||
					order.get(a.edicion)! - order.get(b.edicion)! ||
					(a.nivel ?? 0) - (b.nivel ?? 0)
			);
	if (data.kind === 'niveles') {
		return {
			rows: byPlot(data.niveles).map((r) => ({
				...common,
				serie: r.serie,
				serie_nombre: names.get(r.serie) ?? r.serie,
				edicion: r.edicion,
				edicion_etiqueta: label.get(r.edicion) ?? String(r.edicion),
				nivel: r.nivel,
				nivel_nombre: levelText(ind, r.nivel),
				porcentaje: r.valor,
				n: r.n,
				n_reportan: r.total
			})),
			columns: [
				...filterColumns,
				{ name: 'nivel', type: 'INT32' },
				{ name: 'nivel_nombre', type: 'STRING' },
				{ name: 'porcentaje', type: 'DOUBLE' },
				{ name: 'n', type: 'INT32' },
				{ name: 'n_reportan', type: 'INT32' }
			]
		};
	}
	return {
		rows: byPlot(data.valores).map((r) => ({
			...common,
			serie: r.serie,
			serie_nombre: names.get(r.serie) ?? r.serie,
			edicion: r.edicion,
			edicion_etiqueta: label.get(r.edicion) ?? String(r.edicion),
			valor: r.valor,
			n_reportan: r.n
		})),
		columns: [
			...filterColumns,
			{ name: 'valor', type: 'DOUBLE' },
			{ name: 'n_reportan', type: 'INT32' }
		]
	};
}

/** The legend drawn into exported images: levels (squares) or the series' lines. */
export function evolutionExportLegend(ind: Indicador, panels: Panel[]): ExportLegend {
	const unit = unitLabel(ind);
	const title = `${ind.nombre}${unit ? ` (${unit})` : ''}`;
	if (indicatorType(ind.tipo).levels)
		return {
			title,
			entries: levelColours(ind.niveles.length, ind.mayor_es_mejor).map((colour, i) => ({
				label: levelText(ind, i + 1),
				colour
			})),
			note: m.legendLevelsNote()
		};
	// Small multiples share one colour: one entry says what a line is; otherwise one per series.
	const lines = panels.length > 1 ? [panels[0]!.lines[0]!] : panels.flatMap((p) => p.lines);
	return {
		title,
		entries: lines
			.filter((l) => l !== undefined)
			.map((l) => ({
				label: panels.length > 1 ? m.legendMultiples() : l.label,
				colour: l.colour,
				shape: 'line' as const
			})),
		note: m.legendGapNote()
	};
}
