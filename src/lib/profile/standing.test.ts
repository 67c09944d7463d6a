import { describe, expect, it } from 'vitest';
import { indicator } from '$lib/test-fixtures';
import type { IndicatorComparison, Series, SeriesKey } from './profile';
import { standing } from './standing';

const line = (key: SeriesKey, ys: (number | null)[]): Series => ({
	key,
	label: key,
	points: ys.map((y, i) => ({ x: `SSME ${i + 1}`, y, edicion: i + 1, n: null }))
});
const comparison = (codigo: string, own: (number | null)[], sector: number[], depto?: number[]) =>
	({
		indicador: codigo,
		measure: 'mediana',
		series: [
			line('iniciativa', own),
			line('sector', sector),
			...(depto ? [line('departamento', depto)] : [])
		]
	}) satisfies IndicatorComparison;

const indicators = [
	indicator({ codigo: 'empresas', dimension: 'empresas' }),
	indicator({ codigo: 'empleos', dimension: 'empresas' }),
	indicator({ codigo: 'proyectos', dimension: 'proyectos' })
];

describe('standing(comparisons, indicators)', () => {
	it('counts, per dimension, indicators above and below each median in the latest reported edition', () => {
		const s = standing(
			[
				comparison('empresas', [10, 30, null], [20, 20, 20], [5, 40, 5]),
				comparison('empleos', [100, 50, null], [60, 60, 60], [50, 50, 50]),
				comparison('proyectos', [null, null, null], [1, 1, 1], [1, 1, 1])
			],
			indicators
		);
		expect(s.edicion).toBe(2);
		expect(s.dimensions).toEqual([
			{
				dimension: 'empresas',
				reported: 2,
				sector: { above: 1, below: 1, equal: 0 },
				departamento: { above: 0, below: 1, equal: 1 }
			},
			{
				dimension: 'proyectos',
				reported: 0,
				sector: { above: 0, below: 0, equal: 0 },
				departamento: { above: 0, below: 0, equal: 0 }
			}
		]);
	});
	it('has no department tally without a department, and no edition when nothing was reported', () => {
		const s = standing([comparison('proyectos', [null, null], [1, 1])], indicators);
		expect(s.edicion).toBeNull();
		expect(s.dimensions[0]?.departamento).toBeNull();
	});
});
