import { describe, expect, it } from 'vitest';
import { catalog, indicator, madurez } from '$lib/test-fixtures';
import { dotRows } from './dot-plot';
import type { AggregateRow } from './queries';
import { indicatorStandings } from './standings';

const row = (indicador: string, divipola: string, valor: number | null): AggregateRow => ({
	indicador,
	divipola,
	valor,
	n_reportan: valor === null ? 0 : 2,
	n_iniciativas: 3
});

describe('indicatorStandings', () => {
	const cat = {
		indicadores: [madurez, indicator(), indicator({ codigo: 'rotacion', mayor_es_mejor: false })]
	};
	const rows = new Map([
		[
			'empresas_vinculadas',
			[
				row('empresas_vinculadas', '*', 100),
				row('empresas_vinculadas', '05', 40),
				row('empresas_vinculadas', '11', 10),
				row('empresas_vinculadas', '15', 40)
			]
		],
		['rotacion', [row('rotacion', '05', 30), row('rotacion', '11', 10)]],
		['madurez', [row('madurez', '*', 2), row('madurez', '05', 2), row('madurez', '11', 3)]]
	]);

	it('indicatorStandings(rows, cat, "05") gives value, national, median and rank with ties', () => {
		const [mat, emp, rot] = indicatorStandings(rows, cat, '05');
		expect(emp).toMatchObject({
			indicador: 'empresas_vinculadas',
			valor: 40,
			nacional: 100,
			mediana: 40,
			rank: { rank: 1, tiedWith: 1, of: 3 },
			valores: [10, 40, 40]
		});
		// Lower is better: 30 is second of two.
		expect(rot).toMatchObject({ valor: 30, nacional: null, mediana: 20, rank: { rank: 2, of: 2 } });
		// Levels have no median; their rank follows the level.
		expect(mat).toMatchObject({ valor: 2, nacional: 2, mediana: null, rank: { rank: 2, of: 2 } });
	});

	it('a department without rows has no value and no rank, but keeps the others for the plot', () => {
		const emp = indicatorStandings(rows, cat, '99')[1]!;
		expect(emp).toMatchObject({ valor: null, n_reportan: 0, rank: null, valores: [10, 40, 40] });
		expect(indicatorStandings(rows, catalog, '05').map((s) => s.indicador)).toEqual(
			catalog.indicadores.map((i) => i.codigo)
		);
	});
});

describe('dotRows', () => {
	it('maps each row on its own scale from the lowest to the highest department value', () => {
		const [r] = dotRows(
			[{ indicador: 'x', label: 'X', valores: [0, 50, 100], valor: 50, mediana: 50 }],
			10,
			110
		);
		expect(r).toEqual({ indicador: 'x', label: 'X', others: [10, 60, 110], own: 60, median: 60 });
	});
	it('a department without a value has no dot; equal values sit in the middle', () => {
		const [r] = dotRows(
			[{ indicador: 'x', label: 'X', valores: [5, 5], valor: null, mediana: 5 }],
			0,
			100
		);
		expect(r).toMatchObject({ own: null, others: [50, 50], median: 50 });
	});
});
