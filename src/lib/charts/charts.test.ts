import { describe, expect, it } from 'vitest';
import { linePath } from './marks/line-path';
import { stackBars } from './marks/stack';
import { levelColours, OKABE_ITO, seriesColour } from './palette';
import { px, xScale, yExtent, yScale } from './scales';

describe('xScale', () => {
	it('band: centres of equal bands, in domain order; unknown keys are NaN', () => {
		const x = xScale({ type: 'band', domain: ['a', 'b', 'c'] }, 300);
		const [a, b, c] = ['a', 'b', 'c'].map((k) => x.pos(k));
		expect(b! - a!).toBeCloseTo(c! - b!, 9);
		expect(a).toBeGreaterThan(0);
		expect(c).toBeLessThan(300);
		expect(x.pos('zz')).toBeNaN();
		expect(x.ticks).toEqual(['a', 'b', 'c']);
	});
	it('band: labels thinned when bands are narrower than a label (small multiples)', () => {
		const domain = ['SSME 2016', 'SSME 2018', 'SSME 2020', 'SSME 2022', 'SSME 2024'];
		expect(xScale({ type: 'band', domain }, 600).ticks).toEqual(domain);
		expect(xScale({ type: 'band', domain }, 220).ticks).toEqual([
			'SSME 2016',
			'SSME 2020',
			'SSME 2024'
		]);
	});
	it('linear: years at their distance in time, integer ticks only', () => {
		const x = xScale({ type: 'linear', domain: [2016, 2025] }, 900);
		expect(x.pos(2016)).toBe(0);
		expect(x.pos(2025)).toBe(900);
		expect(x.pos(2023) - x.pos(2016)).toBeCloseTo(700, 6);
		expect(x.ticks.every(Number.isInteger)).toBe(true);
	});
});

describe('yExtent', () => {
	it('starts quantities at zero and uses the fixed dictionary range when given', () => {
		expect(yExtent([40, 80, null])).toEqual([0, 80]);
		expect(yExtent([40, 80], { min: 0, max: 100 })).toEqual([0, 100]);
		expect(yExtent([-5, 10])).toEqual([-5, 10]);
	});
	it('is never empty or flat', () => {
		expect(yExtent([])).toEqual([0, 1]);
		expect(yExtent([0, 0])).toEqual([0, 1]);
		expect(yExtent([7], { zero: false })).toEqual([7, 7.7]);
	});
	it('widens a fixed range that a value escapes', () => {
		expect(yExtent([120], { min: 0, max: 100 })).toEqual([0, 120]);
	});
});

describe('yScale and px', () => {
	it('maps the domain upwards and rounds pixels to a tenth', () => {
		const y = yScale([0, 100], 200);
		expect(y(0)).toBe(200);
		expect(y(100)).toBe(0);
		expect(px(12.3456)).toBe(12.3);
	});
});

describe('linePath', () => {
	const x = (v: string | number) => ({ a: 0, b: 10, c: 20, d: 30 })[v as string] ?? NaN;
	const y = (v: number) => v;
	it('breaks at a missing value instead of joining across it', () => {
		const d = linePath(
			[
				{ x: 'a', y: 1 },
				{ x: 'b', y: 2 },
				{ x: 'c', y: null },
				{ x: 'd', y: 4 }
			],
			x,
			y
		);
		expect(d).toBe('M0,1L10,2M30,4Z');
		expect(d.match(/M/g)).toHaveLength(2);
	});
	it('draws one continuous path when every value is present', () => {
		expect(
			linePath(
				[
					{ x: 'a', y: 1.234 },
					{ x: 'b', y: 2 }
				],
				x,
				y
			)
		).toBe('M0,1.2L10,2');
	});
});

describe('stackBars', () => {
	it('stacks segments bottom-up and lines up keys across bars', () => {
		const s = stackBars([
			{
				x: 'e1',
				segments: [
					{ key: '1', label: 'bajo', colour: '#a', value: 25 },
					{ key: '3', label: 'alto', colour: '#c', value: 75 }
				]
			},
			{
				x: 'e2',
				segments: [
					{ key: '1', label: 'bajo', colour: '#a', value: 50 },
					{ key: '2', label: 'medio', colour: '#b', value: 50 }
				]
			}
		]);
		expect(s[0]!.parts.map((p) => [p.segment.key, p.y0, p.y1])).toEqual([
			['1', 0, 25],
			['3', 25, 100]
		]);
		expect(s[1]!.parts.map((p) => [p.segment.key, p.y0, p.y1])).toEqual([
			['1', 0, 50],
			['2', 50, 100]
		]);
	});
});

describe('palettes', () => {
	it('series colours are Okabe–Ito, distinct, yellow last', () => {
		const first = Array.from({ length: 7 }, (_, i) => seriesColour(i));
		expect(new Set(first).size).toBe(7);
		expect(first).not.toContain('#F0E442');
		expect(seriesColour(8)).toBe(OKABE_ITO[0]);
	});
	it('levels use the map’s sequential palette, lightest = lowest when higher is better', () => {
		const c = levelColours(3);
		expect(c).toHaveLength(3);
		expect(levelColours(3, false)).toEqual([...c].reverse());
	});
});
