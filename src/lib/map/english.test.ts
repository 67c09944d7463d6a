import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '$lib/i18n/locale';
import { indicator, madurez } from '$lib/test-fixtures';
import type { Classes } from './breaks';
import { changeLegendItems, changeLegendNote, changeLegendTitle } from './change-legend';
import { changeExportLegend, changeExportTable } from './change-export';
import { describeChange, describeDepartment, type ChangeWords } from './describe';
import { mapExportLegend } from './export';
import { legendItems, legendNote } from './legend-items';
import { changeRow, changeWords } from './test-fixtures';

// Numbers below 1,000 without decimals read the same in es-CO and en-US, so these tests say only
// what the map's own catalogue does.
const thresholds: Classes & { kind: 'threshold' } = {
	kind: 'threshold',
	thresholds: [45, 77],
	min: 0,
	max: 100
};
const index = indicator({ unidad: 'indice', nombre: 'Index', mayor_es_mejor: true });
const levels = indicator({
	...madurez,
	nombre: 'Maturity level',
	etiquetasNiveles: ['exploration', 'intermediate', 'consolidation']
});
const words = (patch: Partial<ChangeWords> = {}) =>
	changeWords({ ind: indicator({ nombre: 'Linked companies' }), ...patch });
const row = changeRow(1);

describe('the map in English', () => {
	beforeEach(() => setLocale('en'));
	afterEach(() => setLocale('es'));

	it('legendItems(ind, thresholds) and legendNote(ind) speak English', () => {
		expect(legendItems(index, thresholds, ['a', 'b', 'c']).map((i) => i.label)).toEqual([
			'less than 45',
			'45 to less than 77',
			'77 or more'
		]);
		expect(legendNote(index)).toBe('Darker: higher value.');
		expect(legendNote({ ...index, mayor_es_mejor: false })).toBe(
			'Darker: lower value (lower is better).'
		);
	});

	it('legendItems(ind, levels) shows the levels’ labels, not their values', () => {
		const classes: Classes = { kind: 'ordinal', levels: levels.niveles };
		expect(legendItems(levels, classes, ['a', 'b', 'c']).map((i) => i.label)).toEqual([
			'exploration',
			'intermediate',
			'consolidation'
		]);
		expect(mapExportLegend(levels, classes, ['a', 'b', 'c']).entries.at(-1)).toEqual({
			label: 'No data',
			colour: null
		});
	});

	it('describeDepartment says rank, initiatives reporting and «no data» in English', () => {
		const r = { divipola: '05', valor: 12, n_reportan: 3, n_iniciativas: 4 };
		expect(describeDepartment(index, r, 2, 10, []).slice(1)).toEqual([
			'Rank 2 of 10',
			'3 of 4 initiatives reporting'
		]);
		expect(
			describeDepartment(index, { ...r, n_reportan: 1, n_iniciativas: 1 }, 1, 1, []).at(-1)
		).toBe('1 of 1 initiative reporting');
		expect(describeDepartment(index, undefined, undefined, 0, [])).toEqual([
			'No data: no initiative of this department in the selection.'
		]);
	});

	it('describeDepartment names a category’s levels by their labels', () => {
		const r = { divipola: '05', valor: 2, n_reportan: 3, n_iniciativas: 3 };
		const dist = [{ divipola: '05', nivel: 1, n: 2 }];
		expect(describeDepartment(levels, r, undefined, 0, dist)[1]).toBe(
			'exploration: 2 · intermediate: 0 · consolidation: 0'
		);
	});

	it('describeChange says the change, both values, the rank and the cohort in English', () => {
		expect(describeChange(words(), row, 3, 12)).toEqual([
			'Change in Linked companies between SSME 2022 and SSME 2024: −20',
			'From 100 to 80',
			'Rank 3 of 12',
			'1 initiative reported in both editions'
		]);
		expect(describeChange(words({ cohorte: 'todas' }), row, 1, 2).at(-1)).toBe(
			'Initiatives reporting: 4 in SSME 2022, 1 in SSME 2024'
		);
		expect(describeChange(words({ level: 'consolidation' }), row, 1, 2)[0]).toMatch(
			/^Change in “consolidation” between SSME 2022 and SSME 2024: /
		);
		expect(describeChange(words(), undefined, undefined, 0)).toEqual([
			'No data: no initiative of this department reported in both SSME 2022 and SSME 2024.'
		]);
		expect(describeChange(words({ cohorte: 'todas' }), undefined, undefined, 0)).toEqual([
			'No data: no initiative of this department in SSME 2022 or in SSME 2024.'
		]);
	});

	it('the change legend speaks English', () => {
		expect(changeLegendTitle(levels, 'abs', 'consolidation')).toMatch(
			/^Change in “consolidation” in Maturity level/
		);
		expect(changeLegendTitle(indicator({ nombre: 'Linked companies' }), 'abs', null)).toBe(
			'Change in Linked companies'
		);
		const items = changeLegendItems(index, 'abs', thresholds, ['a', 'b', 'c']);
		expect(items.map((i) => i.label)).toEqual(['less than 45', '45 to less than 77', '77 or more']);
		expect(changeLegendNote(true)).toBe(
			'Blue-green: rises (improves); brown: falls (worsens). Near white: no notable change (close to 0).'
		);
		expect(changeLegendNote(false)).toMatch(/^Blue-green: falls \(improves\)/);
		expect(changeLegendNote(null)).toMatch(/^Blue-green: rises; brown: falls\./);
		const legend = changeExportLegend({ title: 't', items: [], note: 'n' });
		expect(legend.entries).toEqual([{ label: 'No data', colour: null }]);
	});

	it('changeExportTable writes the level’s label', () => {
		const f = {
			indicador: 'madurez',
			desde: 1,
			hasta: 2,
			sector: '*',
			cohorte: 'panel' as const,
			nivel: 3
		};
		const ed = (n: number) => ({ edicion: n, etiqueta: `SSME ${n}`, anio_campo: n });
		const t = changeExportTable(
			levels,
			f,
			ed(1),
			ed(2),
			[],
			[{ divipola: '05', nombre: 'Antioquia', nombre_corto: 'Antioquia' }]
		);
		expect(t.rows[0]?.nivel).toBe('consolidation');
	});
});

describe('the map in Spanish', () => {
	it('keeps the legend’s and the tooltip’s words', () => {
		expect(legendItems(index, thresholds, ['a', 'b', 'c']).map((i) => i.label)).toEqual([
			'menos de 45',
			'de 45 a menos de 77',
			'77 o más'
		]);
		const r = { divipola: '05', valor: 12, n_reportan: 3, n_iniciativas: 4 };
		expect(describeDepartment(index, r, 2, 10, []).slice(1)).toEqual([
			'Puesto 2 de 10',
			'3 de 4 iniciativas reportan'
		]);
		expect(changeLegendTitle(madurez, 'abs', 'consolidación')).toMatch(
			/^Cambio de «consolidación» en Nivel de madurez/
		);
	});
});
