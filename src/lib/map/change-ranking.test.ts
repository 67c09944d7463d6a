import { describe, expect, it } from 'vitest';
import { changeRanking } from './change-ranking';

const row = (divipola: string, valor: number | null) => ({
	divipola,
	valor,
	n_reportan: 1,
	n_iniciativas: 1
});

describe('changeRanking', () => {
	it('draws falls left of the zero line and rises right of it', () => {
		const values = [row('05', 30), row('11', -10), row('76', null)];
		const ranks = new Map([
			['05', 1],
			['11', 2]
		]);
		const names = new Map([
			['05', 'Antioquia'],
			['11', 'Bogotá'],
			['76', 'Valle']
		]);
		const r = changeRanking(values, ranks, names);
		expect(r.rows.map((x) => [x.id, x.left, x.width])).toEqual([
			['05', 25, 75],
			['11', 0, 25]
		]);
		expect(r.missing.map((m) => m.id)).toEqual(['76']);
	});
});
