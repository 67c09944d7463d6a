import { describe, expect, it } from 'vitest';
import { ranks } from './fills';
import { ranking } from './ranking';

const names = new Map([
	['05', 'Antioquia'],
	['08', 'Atlántico'],
	['11', 'Bogotá, D. C.'],
	['13', 'Bolívar']
]);
const row = (divipola: string, valor: number | null) => ({
	divipola,
	valor,
	n_reportan: 1,
	n_iniciativas: 1
});

describe('ranking(values, ranks, names)', () => {
	it('sorts best first with bar widths on a zero-based linear scale', () => {
		const values = [row('05', 50), row('08', 100), row('11', 25)];
		const r = ranking(values, ranks(values, true), names);
		expect(r.rows.map((x) => [x.id, x.rank, x.width])).toEqual([
			['08', 1, 100],
			['05', 2, 50],
			['11', 3, 25]
		]);
		expect(r.missing).toEqual([{ id: '13', nombre: 'Bolívar' }]);
	});

	it('puts the lowest value first when lower is better, ties by name', () => {
		const values = [row('05', 3), row('08', 1), row('13', 1), row('11', null)];
		const r = ranking(values, ranks(values, false), names);
		expect(r.rows.map((x) => x.id)).toEqual(['08', '13', '05']);
		expect(r.missing.map((m) => m.id)).toEqual(['11']);
	});
});
