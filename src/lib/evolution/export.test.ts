import { describe, expect, it } from 'vitest';
import type { EvolutionFilter } from '$lib/data/queries/evolution';
import { catalog, madurez } from '../test-fixtures';
import { empleos, empleosFilter, evolutionData } from './test-fixtures';
import { evolutionExportFilters, evolutionExportLegend, evolutionExportTable } from './export';
import { panels } from './series';
import { evolutionTitle } from './title';

const data = evolutionData;
const f: EvolutionFilter = empleosFilter;

describe('evolutionExportTable', () => {
	it('evolutionExportTable(departamentos) gives one row per plotted point, in the charts’ order, with the filter in columns', () => {
		const d = data({
			valores: [
				{ edicion: 2, serie: '05', valor: 1500.25, n: 3 },
				{ edicion: 1, serie: '11', valor: 7, n: 1 },
				{ edicion: 2, serie: '11', valor: 9, n: 2 }
			]
		});
		const t = evolutionExportTable(catalog, empleos, f, d);
		expect(t.rows).toEqual([
			{
				indicador: 'empleos',
				desglose: 'departamentos',
				cohorte: 'panel',
				ediciones_elegidas: '1,2',
				serie: '11',
				serie_nombre: 'Bogotá, D.C.',
				edicion: 1,
				edicion_etiqueta: 'SSME 2016',
				valor: 7,
				n_reportan: 1
			},
			expect.objectContaining({ serie: '11', edicion: 2, valor: 9 }),
			expect.objectContaining({
				serie: '05',
				serie_nombre: 'Antioquia',
				edicion: 2,
				valor: 1500.25
			})
		]);
		expect(t.columns.map((c) => c.name)).toEqual(Object.keys(t.rows[0]!));
	});

	it('evolutionExportTable(category) gives one row per level of each bar', () => {
		const g = { ...f, indicador: madurez.codigo, desglose: 'nacional' as const, deptos: [] };
		const d = data({
			kind: 'niveles',
			niveles: [
				{ edicion: 1, serie: '*', nivel: 2, n: 1, total: 4, valor: 25 },
				{ edicion: 1, serie: '*', nivel: 1, n: 3, total: 4, valor: 75 }
			]
		});
		const t = evolutionExportTable(catalog, madurez, g, d);
		expect(t.rows.map((r) => [r.nivel, r.nivel_nombre, r.porcentaje, r.n, r.n_reportan])).toEqual([
			[1, madurez.niveles[0], 75, 3, 4],
			[2, madurez.niveles[1], 25, 1, 4]
		]);
		expect(t.columns.map((c) => c.name)).toEqual(Object.keys(t.rows[0]!));
	});
});

describe('evolution export words', () => {
	it('evolutionExportFilters names the departments and the cohort; the title says "panel constante"', () => {
		const d = data({});
		expect(evolutionExportFilters(catalog, empleos, f, d)).toContainEqual({
			label: 'Departamentos',
			value: 'Bogotá, D.C., Antioquia'
		});
		expect(evolutionTitle(catalog, empleos, f, d)).toMatch(
			/por departamento · .* · panel constante$/
		);
	});

	it('evolutionExportLegend lists one line per compared department', () => {
		const d = data({ valores: [{ edicion: 1, serie: '05', valor: 1, n: 1 }] });
		const lg = evolutionExportLegend(empleos, panels(catalog, empleos, f, d));
		expect(lg.entries.map((e) => [e.label, e.shape])).toEqual([
			['Bogotá, D.C.', 'line'],
			['Antioquia', 'line']
		]);
	});
});
