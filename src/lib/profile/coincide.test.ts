import { describe, expect, it } from 'vitest';
import { coincidenceNote, coincidences, sameLine } from './coincide';
import type { Series, SeriesKey } from './profile';

const X = ['SSME 2016', 'SSME 2018', 'SSME 2020'];
function s(
	key: SeriesKey,
	ys: (number | null)[],
	n: number | null = key === 'iniciativa' ? null : 3
): Series {
	return {
		key,
		label: key,
		points: ys.map((y, i) => ({ x: X[i]!, y, edicion: i + 1, n: y === null ? null : n }))
	};
}

describe('sameLine', () => {
	it('sameLine(a, b) is true for equal values and gaps in the same editions', () => {
		expect(sameLine(s('iniciativa', [1, null, 3]), s('departamento', [1, null, 3]))).toBe(true);
	});
	it('sameLine(a, b) is false when one has a value where the other has a gap', () => {
		expect(sameLine(s('iniciativa', [1, 2, 3]), s('departamento', [1, null, 3]))).toBe(false);
	});
	it('sameLine(a, b) is false for different values', () => {
		expect(sameLine(s('iniciativa', [1, 2, 3]), s('departamento', [1, 2, 3.5]))).toBe(false);
	});
	it('sameLine(a, b) is false when both are all gaps (nothing is hidden)', () => {
		expect(sameLine(s('iniciativa', [null, null, null]), s('sector', [null, null, null]))).toBe(
			false
		);
	});
});

describe('coincidences', () => {
	it('coincidences() finds the department median equal to the initiative, alone in it', () => {
		const c = coincidences([
			s('iniciativa', [10, 20, null]),
			s('sector', [12, 18, 15]),
			s('departamento', [10, 20, null], 1)
		]);
		expect(c).toEqual([{ key: 'departamento', sameAs: 'iniciativa', alone: true }]);
		expect(coincidenceNote(c[0]!)).toBe('(igual a la iniciativa: es la única del departamento)');
	});
	it('coincidences() says "igual" without "única" when the group has more initiatives', () => {
		const c = coincidences([s('iniciativa', [5, 5, 5]), s('sector', [5, 5, 5], 4)]);
		expect(c).toEqual([{ key: 'sector', sameAs: 'iniciativa', alone: false }]);
		expect(coincidenceNote(c[0]!)).toBe('(igual a la iniciativa)');
	});
	it('coincidences() finds the department equal to the sector', () => {
		const c = coincidences([
			s('iniciativa', [1, 2, 3]),
			s('sector', [4, 5, 6]),
			s('departamento', [4, 5, 6])
		]);
		expect(c).toEqual([{ key: 'departamento', sameAs: 'sector', alone: false }]);
		expect(coincidenceNote(c[0]!)).toBe('(igual a la mediana del sector)');
	});
	it('coincidences() is empty when every line differs', () => {
		expect(
			coincidences([
				s('iniciativa', [1, 2, 3]),
				s('sector', [1, 2, 4]),
				s('departamento', [0, 2, 3])
			])
		).toEqual([]);
	});
});
