import { describe, expect, it } from 'vitest';
import { indicator } from '../test-fixtures';
import { choropleth, ranks } from './fills';

const row = (divipola: string, valor: number | null) => ({
	divipola,
	valor,
	n_reportan: 1,
	n_iniciativas: 1
});

describe('ranks', () => {
	it('ranks best first with ties sharing a rank and missing values unranked', () => {
		const r = ranks(
			[row('05', 10), row('11', 30), row('76', 10), row('08', null), row('13', 5)],
			true
		);
		expect(Object.fromEntries(r)).toEqual({ '11': 1, '05': 2, '76': 2, '13': 4 });
	});
	it('puts the lowest first when lower is better', () => {
		const r = ranks([row('05', 10), row('11', 30)], false);
		expect(r.get('05')).toBe(1);
	});
});

describe('choropleth', () => {
	it('leaves departments without a value out (sin datos), never in the lowest class', () => {
		const c = choropleth(indicator(), [row('05', 0), row('11', 100), row('08', null)]);
		expect(c.classOf.get('05')).toBe(0);
		expect(c.classOf.has('08')).toBe(false);
		expect(c.colours.length).toBeGreaterThanOrEqual(2);
	});
});
