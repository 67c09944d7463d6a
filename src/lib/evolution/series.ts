import { indicatorType } from '$lib/indicators/registry';
import { catalogOf } from '$lib/data/catalog';
import { levelColours, seriesColour } from '$lib/charts/palette';
import type { LineSeries, StackedBar } from '$lib/charts/types';
import type { EvolutionData } from '$lib/data/evolution-data';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import type { Catalog, Edicion, Indicador } from '$lib/data/types';
import { formatValue, levelName } from '$lib/format/indicator';
import { formatInteger, formatPercent } from '$lib/format/number';
import * as m from '$lib/i18n/messages/evolution';
import { levelLabel } from '$lib/indicators/level-label';

/** One chart of the view: a single panel, or one of the small multiples. */
export interface Panel {
	key: string;
	label: string;
	/** 'es' when the label is Spanish data on an English page (an initiative, an untranslated sector). */
	lang?: 'es';
	/** Line series (numbers) — several when comparing departments. */
	lines: LineSeries[];
	/** Stacked level shares (categories). */
	bars: StackedBar[];
}

/** The selected editions, in order, as the x axis shows them. */
export function selectedEditions(cat: Catalog, f: EvolutionFilter): Edicion[] {
	return cat.ediciones.filter((e) => f.ediciones.includes(e.edicion));
}

/** Whether the editions are a run with none of the catalog's editions missing in between. */
export function editionsContiguous(cat: Catalog, eds: Edicion[]): boolean {
	const all = cat.ediciones.map((e) => e.edicion);
	const i0 = all.indexOf(eds[0]?.edicion ?? NaN);
	return i0 >= 0 && eds.every((e, i) => all[i0 + i] === e.edicion);
}

/** The series keys of a view, in display order, and their labels. */
export function seriesLabels(
	cat: Catalog,
	f: EvolutionFilter,
	data: EvolutionData
): [string, string][] {
	if (f.desglose === 'nacional') return [['*', m.seriesNational()]];
	if (f.desglose === 'departamentos')
		return f.deptos.map((d) => [d, catalogOf(cat).departmentName(d)]);
	if (f.desglose === 'iniciativa') {
		const i = data.iniciativa;
		return [[f.iniciativa ?? '', i ? i.nombre : (f.iniciativa ?? '')]];
	}
	// Sectors: only those with at least one reported point, alphabetical like the catalog.
	const present = new Set([...data.valores, ...data.niveles].map((r) => r.serie));
	return cat.sectores.filter((s) => present.has(s.sector_id)).map((s) => [s.sector_id, s.nombre]);
}

/** The language of a series' label when it is Spanish data: an initiative's name, a sector's. */
function labelLang(cat: Catalog, f: EvolutionFilter, key: string): 'es' | undefined {
	if (f.desglose === 'iniciativa') return 'es';
	if (f.desglose === 'sector') return cat.sectores.find((s) => s.sector_id === key)?.lang;
	return undefined;
}

/**
 * Turns query rows into chart panels. Every selected edition gets a point; one without rows is a
 * gap (`y = null`), never a zero.
 */
export function panels(
	cat: Catalog,
	ind: Indicador,
	f: EvolutionFilter,
	data: EvolutionData
): Panel[] {
	const eds = selectedEditions(cat, f);
	const labels = seriesLabels(cat, f, data);
	if (data.kind === 'valores') {
		const byKey = new Map(data.valores.map((r) => [`${r.serie}|${r.edicion}`, r]));
		const lines = labels.map(([key, label], i) => ({
			key,
			label,
			colour: seriesColour(i),
			points: eds.map((e) => {
				const r = byKey.get(`${key}|${e.edicion}`);
				return { x: e.etiqueta, y: r?.valor ?? null, n: r?.n ?? 0 };
			})
		}));
		// Departments compare on one chart; sectors are small multiples; the rest is one line.
		if (f.desglose === 'sector')
			return lines.map((l) => ({
				key: l.key,
				label: l.label,
				lang: labelLang(cat, f, l.key),
				lines: [{ ...l, colour: seriesColour(0) }],
				bars: []
			}));
		return [{ key: 'todas', label: '', lines, bars: [] }];
	}
	const colours = levelColours(ind.niveles.length, ind.mayor_es_mejor);
	return labels.map(([key, label]) => ({
		key,
		label,
		lang: labelLang(cat, f, key),
		lines: [],
		bars: eds.flatMap((e) => {
			const rows = data.niveles.filter((r) => r.serie === key && r.edicion === e.edicion);
			if (!rows.length) return [];
			return [
				{
					x: e.etiqueta,
					total: rows[0]!.total,
					segments: rows.map((r) => ({
						key: String(r.nivel),
						label: levelText(ind, r.nivel),
						colour: colours[r.nivel - 1] ?? '#999',
						value: r.valor,
						n: r.n
					}))
				}
			];
		})
	}));
}

/** The table alternative's columns (`tableRows` fills them). */
export function tableColumns(ind: Indicador): { label: string; numeric?: boolean }[] {
	return indicatorType(ind.tipo).levels
		? [
				{ label: m.colSeries() },
				{ label: m.colEdition() },
				{ label: m.colLevel() },
				{ label: m.colPercent(), numeric: true },
				{ label: m.colInitiatives(), numeric: true }
			]
		: [
				{ label: m.colSeries() },
				{ label: m.colEdition() },
				{ label: ind.nombre, numeric: true },
				{ label: m.colReporting(), numeric: true }
			];
}

/** The table alternative's rows (formatted), the same numbers the charts draw. */
export function tableRows(ind: Indicador, ps: Panel[], eds: Edicion[]): string[][] {
	const rows: string[][] = [];
	for (const p of ps) {
		for (const s of p.lines)
			for (const pt of s.points)
				rows.push([s.label, String(pt.x), formatValue(ind, pt.y), formatInteger(pt.n ?? 0)]);
		if (!p.lines.length)
			for (const e of eds) {
				const bar = p.bars.find((b) => b.x === e.etiqueta);
				if (!bar) rows.push([p.label, e.etiqueta, '—', m.noDataCell(), '0']);
				else
					for (let k = 1; k <= ind.niveles.length; k++) {
						const seg = bar.segments.find((s) => s.key === String(k));
						rows.push([
							p.label,
							e.etiqueta,
							levelText(ind, k),
							formatPercent(seg?.value ?? 0),
							m.nOfTotal(formatInteger(seg?.n ?? 0), formatInteger(bar.total ?? 0))
						]);
					}
			}
	}
	return rows;
}

/** A level's label (1-based position) in the page's language. */
export function levelText(ind: Indicador, position: number): string {
	return levelLabel(ind, levelName(ind, position));
}
