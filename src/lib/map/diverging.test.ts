import { describe, expect, it } from 'vitest';
import { indicator } from '$lib/test-fixtures';
import { classOf } from './breaks';
import { changeLegendItems, changeLegendNote, riseIsBetter } from './change-legend';
import { deltaE, MACHADO, simulate, type Deficiency } from './colour-vision';
import { divergingBreaks, divergingPalette, niceStep } from './diverging';

describe('divergingBreaks', () => {
	it('is symmetric around 0 with a round step covering the largest change of either sign', () => {
		const c = divergingBreaks([-3, 12, 4.5]);
		expect(c.thresholds).toEqual([-10, -5, -1, 1, 5, 10]);
		expect([c.min, c.max]).toEqual([-15, 15]);
		expect(divergingBreaks([-40, 2]).thresholds).toEqual([-40, -20, -4, 4, 20, 40]);
		for (const v of [[0.3], [-7, 1], [250, -999]]) {
			const t = divergingBreaks(v).thresholds;
			expect(t.map((x) => -x + 0).reverse()).toEqual(t.map((x) => x + 0));
			expect(t[2]).toBeLessThan(0);
			expect(t[3]).toBe(-t[2]!);
			expect(Math.max(...v.map(Math.abs))).toBeLessThanOrEqual(-1.5 * t[0]!);
		}
	});

	it('puts 0 and small changes of either sign in the neutral middle class', () => {
		const c = divergingBreaks([-10, 10]);
		expect(classOf(c, -0.01)).toBe(3);
		expect(classOf(c, 0)).toBe(3);
		expect(classOf(c, 0.9)).toBe(3);
		expect(classOf(c, 1)).toBe(4);
		expect(classOf(c, -1.01)).toBe(2);
		expect(classOf(c, -100)).toBe(0);
		expect(classOf(c, 100)).toBe(6);
	});

	it('has a step of 1 when nothing changes or there are no values', () => {
		expect(divergingBreaks([]).thresholds).toEqual([-2, -1, -0.2, 0.2, 1, 2]);
		expect(divergingBreaks([0, 0]).thresholds).toEqual([-2, -1, -0.2, 0.2, 1, 2]);
		expect(niceStep(0.7)).toBe(1);
		expect(niceStep(2.1)).toBe(2.5);
		expect(niceStep(30)).toBe(50);
	});
});

describe('changeLegendItems', () => {
	it('says half-open classes in words with true minus signs and no «+»', () => {
		const ind = indicator();
		const c = divergingBreaks([-7, 6]);
		const items = changeLegendItems(ind, 'abs', c, divergingPalette(true));
		expect(items.map((i) => i.label)).toEqual([
			'menos de −5',
			'de −5 a menos de −2,5',
			'de −2,5 a menos de −0,5',
			'de −0,5 a menos de 0,5',
			'de 0,5 a menos de 2,5',
			'de 2,5 a menos de 5',
			'5 o más'
		]);
	});

	it('says which way is better, following the dictionary and, for categories, the level', () => {
		const cat = indicator({ tipo: 'categoria', niveles: ['a', 'b', 'c'] });
		expect(riseIsBetter(cat, 3)).toBe(true);
		expect(riseIsBetter(cat, 1)).toBe(false);
		expect(riseIsBetter(cat, 2)).toBeNull();
		expect(changeLegendNote(false)).toMatch(/^Azul verdoso: baja \(mejora\)/);
	});
});

describe('divergingPalette', () => {
	const DEFICIENCIES = Object.keys(MACHADO) as Deficiency[];
	it('keeps neighbouring classes distinct under every simulated colour-vision deficiency', () => {
		for (const def of DEFICIENCIES) {
			const seen = divergingPalette(true).map((c) => simulate(c, def));
			const steps = seen.slice(1).map((c, i) => deltaE(seen[i]!, c));
			expect(Math.min(...steps)).toBeGreaterThanOrEqual(15);
		}
	});
	it('runs light at 0 and dark at both ends, reversed when lower is better', () => {
		const p = divergingPalette(true);
		expect(p).toHaveLength(7);
		expect(divergingPalette(false)).toEqual([...p].reverse());
	});
});
