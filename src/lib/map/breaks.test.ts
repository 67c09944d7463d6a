import { describe, expect, it } from 'vitest';
import { indicator, madurez } from '../test-fixtures';
import { classBreaks, classCount, classOf, roundNice } from './breaks';

describe('classBreaks', () => {
	it('uses equal intervals over the dictionary range for indices', () => {
		const ind = indicator({ unidad: 'indice', minimo: 0, maximo: 100, agregacion: 'promedio' });
		expect(classBreaks(ind, [3, 97])).toEqual({
			kind: 'threshold',
			thresholds: [20, 40, 60, 80],
			min: 0,
			max: 100
		});
	});

	it('treats booleans as 0–100 % of «Sí»', () => {
		const ind = indicator({ tipo: 'booleano', unidad: 'conteo', minimo: null, maximo: null });
		expect(classBreaks(ind, [50])).toMatchObject({
			thresholds: [20, 40, 60, 80],
			min: 0,
			max: 100
		});
	});

	it('uses rounded quantiles of the shown values for counts', () => {
		const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 120, 1234, 5678, 20000, 45000];
		const c = classBreaks(indicator(), values);
		expect(c).toEqual({ kind: 'threshold', thresholds: [3.8, 6.6, 9.4, 2100], min: 1, max: 45000 });
	});

	it('collapses to fewer classes when values repeat', () => {
		const c = classBreaks(indicator(), [5, 5, 5, 5]);
		expect(classCount(c)).toBe(1);
	});

	it('keeps category levels in order', () => {
		expect(classBreaks(madurez, [])).toEqual({ kind: 'ordinal', levels: madurez.niveles });
	});
});

describe('classOf', () => {
	it('is lower-inclusive on thresholds', () => {
		const c = { kind: 'threshold' as const, thresholds: [10, 20], min: 0, max: 30 };
		expect([0, 9.99, 10, 19, 20, 30].map((v) => classOf(c, v))).toEqual([0, 0, 1, 1, 2, 2]);
	});
	it('maps category positions 1..k to classes 0..k-1', () => {
		const c = classBreaks(madurez, []);
		expect([1, 2, 3].map((v) => classOf(c, v))).toEqual([0, 1, 2]);
	});
});

describe('roundNice', () => {
	it('keeps two significant digits', () => {
		expect([1234, 0.0456, 98765, 7].map(roundNice)).toEqual([1200, 0.046, 99000, 7]);
	});
});
