import { describe, expect, it } from 'vitest';
import { median, rankAmong } from './ranks';
import { rankText } from './rank-text';

const rows = [
	{ divipola: '05', valor: 10 },
	{ divipola: '11', valor: 30 },
	{ divipola: '15', valor: 10 },
	{ divipola: '17', valor: null },
	{ divipola: '19', valor: 5 }
];

describe('rankAmong', () => {
	it('rankAmong(rows, "11", higher is better) is first of the 4 with data', () => {
		expect(rankAmong(rows, '11', true)).toEqual({ rank: 1, tiedWith: 0, of: 4 });
	});
	it('ties share the best place and the next place is skipped (1, 2, 2, 4)', () => {
		expect(rankAmong(rows, '05', true)).toEqual({ rank: 2, tiedWith: 1, of: 4 });
		expect(rankAmong(rows, '15', true)).toEqual({ rank: 2, tiedWith: 1, of: 4 });
		expect(rankAmong(rows, '19', true)).toEqual({ rank: 4, tiedWith: 0, of: 4 });
	});
	it('lower is better reverses the order', () => {
		expect(rankAmong(rows, '19', false)).toEqual({ rank: 1, tiedWith: 0, of: 4 });
		expect(rankAmong(rows, '11', false)).toEqual({ rank: 4, tiedWith: 0, of: 4 });
	});
	it('a department without a value (or absent) has no rank', () => {
		expect(rankAmong(rows, '17', true)).toBeNull();
		expect(rankAmong(rows, '99', true)).toBeNull();
	});
	it('rankText words the rank, the ties and «de m departamentos con datos»', () => {
		expect(rankText({ rank: 2, tiedWith: 1, of: 24 })).toBe(
			'2.º de 24 departamentos con datos (empatado con 1 departamento)'
		);
		expect(rankText({ rank: 1, tiedWith: 0, of: 1 })).toBe('1.º de 1 departamentos con datos');
		expect(rankText(null)).toBe('sin datos');
	});
});

describe('median', () => {
	it('median of an odd, an even and an empty list', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNull();
	});
});
