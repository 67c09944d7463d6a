import { describe, expect, it } from 'vitest';
import { deltaE, deltaL, MACHADO, simulate, type Deficiency } from './colour-vision';
import { palette } from './palette';

const DEFICIENCIES = Object.keys(MACHADO) as Deficiency[];

/** The smallest difference between neighbouring classes (the pair a reader most easily confuses). */
function minStep(colours: string[], d: (a: string, b: string) => number): number {
	return Math.min(...colours.slice(1).map((c, i) => d(colours[i]!, c)));
}

describe('simulate()', () => {
	it('keeps black, white and greys unchanged (each Machado row sums to 1)', () => {
		for (const def of DEFICIENCIES)
			for (const grey of ['#000000', '#ffffff', '#808080']) expect(simulate(grey, def)).toBe(grey);
	});

	it('collapses red against green for protanopia and deuteranopia, not for tritanopia', () => {
		const red = '#d62728';
		const green = '#2ca02c';
		const seen = (d: Deficiency) => deltaE(simulate(red, d), simulate(green, d));
		const full = deltaE(red, green);
		expect(seen('protanopia')).toBeLessThan(full * 0.35);
		expect(seen('deuteranopia')).toBeLessThan(full * 0.1);
		expect(seen('tritanopia')).toBeGreaterThan(full * 0.9);
	});
});

describe('the map palette under simulated colour-vision deficiencies', () => {
	// classBreaks() makes up to 5 classes for numbers; categories have as many as their levels.
	// 2–7 covers every indicator of the dictionary with room to spare.
	const COUNTS = [2, 3, 4, 5, 6, 7];

	for (const def of DEFICIENCIES) {
		it.each(COUNTS)(`${def}: neighbouring classes of a %i-class map stay distinct`, (k) => {
			for (const higherIsBetter of [true, false]) {
				const seen = palette(k, higherIsBetter).map((c) => simulate(c, def));
				// ΔE ≥ 8: several just-noticeable differences, also for small areas on a map.
				expect(minStep(seen, deltaE)).toBeGreaterThanOrEqual(8);
				// And lightness alone orders the classes (it survives any deficiency and greyscale).
				expect(minStep(seen, deltaL)).toBeGreaterThanOrEqual(7);
			}
		});
	}

	it.each(COUNTS)('%i classes: lightness rises monotonically from light to dark', (k) => {
		for (const def of DEFICIENCIES) {
			const l = palette(k, true)
				.map((c) => simulate(c, def))
				.map((c) => -deltaL(c, '#000000'));
			expect([...l].sort((a, b) => a - b)).toEqual(l);
		}
	});
});
