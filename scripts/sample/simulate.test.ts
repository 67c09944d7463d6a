import { describe, expect, it } from 'vitest';
import type { Edition, Indicator } from './inputs.ts';
import { levelFor } from './model.ts';
import { mulberry32 } from './prng.ts';
import { finishNumber, reportingWindow } from './simulate.ts';

const editions: Edition[] = [2016, 2018, 2020, 2022, 2024].map((anioCampo, i) => ({
	edicion: i + 1,
	anioCampo,
	etiqueta: `SSME ${anioCampo}`
}));

describe('reportingWindow', () => {
	it('reportingWindow(rng, 2019, …) starts at the first edition on or after that year', () => {
		for (let seed = 0; seed < 50; seed++) {
			expect(reportingWindow(mulberry32(seed), 2019, editions)?.[0]).toBe(2);
		}
	});

	it('reportingWindow(rng, 2026, …) never reports', () => {
		expect(reportingWindow(mulberry32(1), 2026, editions)).toBeUndefined();
	});

	it('reportingWindow stops early for about one initiative in ten', () => {
		const stopped = Array.from({ length: 2000 }, (_, seed) =>
			reportingWindow(mulberry32(seed), 2016, editions)
		).filter((w) => w && w[1] < editions.length - 1).length;
		expect(stopped / 2000).toBeGreaterThan(0.07);
		expect(stopped / 2000).toBeLessThan(0.13);
	});
});

describe('levelFor', () => {
	it('levelFor cuts three levels at 40 and 70', () => {
		const levels = ['exploración', 'intermedio', 'consolidación'];
		expect([10, 39.9, 40, 69.9, 70, 95].map((x) => levelFor(x, levels))).toEqual([
			'exploración',
			'exploración',
			'intermedio',
			'intermedio',
			'consolidación',
			'consolidación'
		]);
	});

	it('levelFor splits other level counts evenly', () => {
		expect(levelFor(30, ['a', 'b'])).toBe('a');
		expect(levelFor(60, ['a', 'b'])).toBe('b');
	});
});

describe('finishNumber', () => {
	const pct: Indicator = {
		codigo: 'p',
		unidad: '%',
		tipo: 'numero',
		niveles: [],
		minimo: 0,
		maximo: 100
	};

	it('finishNumber clamps to the dictionary range and rounds by unit', () => {
		expect(finishNumber(pct, 104.2)).toBe(100);
		expect(finishNumber(pct, -3)).toBe(0);
		expect(finishNumber(pct, 12.345)).toBe(12.3);
		expect(finishNumber({ ...pct, unidad: 'conteo', maximo: undefined }, 7.6)).toBe(8);
	});
});
