import { columnHeader } from '$lib/export/columns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import { setLocale } from '$lib/i18n/locale';
import { catalog, madurez } from '../test-fixtures';
import { empleos, empleosFilter, evolutionData } from './test-fixtures';
import { evolutionExportFilters, evolutionExportLegend, evolutionExportTable } from './export';
import { panels, seriesLabels, tableColumns, tableRows, selectedEditions } from './series';
import { evolutionTitle } from './title';

const data = evolutionData;
const f: EvolutionFilter = empleosFilter;
/** The maturity fixture with English labels for its levels. */
const madurezEn = { ...madurez, etiquetasNiveles: madurez.niveles.map((_, i) => `Level ${i + 1}`) };

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('es'));

describe('evolution in English', () => {
	it('evolutionTitle(departamentos, panel) says "by department" and "constant panel"', () => {
		expect(evolutionTitle(catalog, empleos, f, data({}))).toMatch(
			/by department · .* · constant panel$/
		);
		expect(evolutionTitle(catalog, empleos, { ...f, desglose: 'nacional' }, data({}))).toMatch(
			/, national total · /
		);
	});

	it('evolutionExportFilters labels the controls in English', () => {
		const filters = evolutionExportFilters(catalog, empleos, f, data({}));
		expect(filters.map((x) => x.label)).toEqual([
			'Indicator',
			'Breakdown',
			'Departments',
			'Editions',
			'Initiatives counted'
		]);
		expect(filters.at(-1)!.value).toBe('Constant panel');
	});

	it('evolutionExportTable names its columns in English and keeps codes as values', () => {
		const t = evolutionExportTable(
			catalog,
			empleos,
			f,
			data({ valores: [{ edicion: 1, serie: '11', valor: 7, n: 1 }] })
		);
		expect(t.columns.map((c) => columnHeader(c.name))).toEqual([
			'indicator',
			'breakdown',
			'cohort',
			'chosen_editions',
			'series',
			'series_name',
			'edition',
			'edition_label',
			'value',
			'n_reporting'
		]);
		expect(t.rows[0]).toMatchObject({ desglose: 'departamentos', cohorte: 'panel', valor: 7 });
	});

	it('category levels use their English labels in panels, tables and exports', () => {
		const g = { ...f, indicador: madurez.codigo, desglose: 'nacional' as const, deptos: [] };
		const d = data({
			kind: 'niveles',
			niveles: [{ edicion: 1, serie: '*', nivel: 1, n: 3, total: 4, valor: 75 }]
		});
		const ps = panels(catalog, madurezEn, g, d);
		expect(ps[0]!.label).toBe('National');
		expect(ps[0]!.bars[0]!.segments[0]!.label).toBe('Level 1');
		expect(tableColumns(madurezEn).map((c) => c.label)).toEqual([
			'Series',
			'Edition',
			'Level',
			'Percentage',
			'Initiatives'
		]);
		const rows = tableRows(madurezEn, ps, selectedEditions(catalog, g));
		expect(rows[0]!.slice(2, 3)).toEqual(['Level 1']);
		expect(rows[0]![4]).toMatch(/^3 of 4$/);
		// An edition without a bar says "no data".
		expect(rows.at(-1)!.slice(2, 4)).toEqual(['—', 'no data']);
		const t = evolutionExportTable(catalog, madurezEn, g, d);
		expect(t.rows[0]).toMatchObject({ nivel: 1, nivel_nombre: 'Level 1', porcentaje: 75 });
		expect(evolutionExportLegend(madurezEn, ps).entries[0]!.label).toBe('Level 1');
	});

	it('panels() marks an initiative\'s name as Spanish (lang "es"), a department\'s not', () => {
		const g = { ...f, indicador: madurez.codigo, desglose: 'iniciativa' as const, iniciativa: 'X' };
		const d = data({
			kind: 'niveles',
			niveles: [{ edicion: 1, serie: 'X', nivel: 1, n: 1, total: 1, valor: 100 }]
		});
		expect(panels(catalog, madurezEn, g, d)[0]!.lang).toBe('es');
		const byDept = panels(catalog, madurezEn, { ...g, desglose: 'departamentos' }, d);
		expect(byDept.map((p) => p.lang)).toEqual([undefined, undefined]);
	});

	it('seriesLabels(nacional) is "National"', () => {
		expect(seriesLabels(catalog, { ...f, desglose: 'nacional' }, data({}))).toEqual([
			['*', 'National']
		]);
	});

	it('evolutionExportLegend notes gaps in English', () => {
		const d = data({ valores: [{ edicion: 1, serie: '05', valor: 1, n: 1 }] });
		expect(evolutionExportLegend(empleos, panels(catalog, empleos, f, d)).note).toMatch(
			/^An edition with no reporting initiatives/
		);
	});
});
