import { describe, expect, it } from 'vitest';
import { inkOn, luminance, palette } from './palette';

describe('palette', () => {
	it('gives k distinct colours from light to dark when higher is better', () => {
		const p = palette(5, true);
		expect(new Set(p).size).toBe(5);
		const l = p.map(luminance);
		expect([...l].sort((a, b) => b - a)).toEqual(l);
	});

	it('reverses when lower is better, so darker still means better', () => {
		expect(palette(4, false)).toEqual([...palette(4, true)].reverse());
	});

	it('handles one and two classes', () => {
		expect(palette(1, true)).toHaveLength(1);
		expect(palette(2, true)).toHaveLength(2);
	});

	it('keeps lightest and darkest classes far apart in luminance (readable in greyscale)', () => {
		const p = palette(5, true);
		const ratio = (luminance(p[0]!) + 0.05) / (luminance(p[4]!) + 0.05);
		expect(ratio).toBeGreaterThan(4.5);
	});

	it('picks readable ink', () => {
		expect(inkOn('#ffffff')).toBe('#1a1a1a');
		expect(inkOn('#081d58')).toBe('#ffffff');
	});
});
