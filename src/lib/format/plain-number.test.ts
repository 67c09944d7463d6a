import { describe, expect, it } from 'vitest';
import { formatInteger, formatNumber } from './number';

const formatters = new Map<number, Intl.NumberFormat>();
function intl(v: number, d: number): string {
	let f = formatters.get(d);
	if (!f) formatters.set(d, (f = new Intl.NumberFormat('es-CO', { maximumFractionDigits: d })));
	return f.format(v);
}

/** A seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('formatNumber without Intl', () => {
	it('formatNumber(v, d) equals Intl es-CO on edge cases', () => {
		const edge = [
			0,
			-0,
			1,
			-1,
			0.5,
			1.5,
			2.5,
			-2.5,
			0.05,
			0.95,
			9.95,
			99.95,
			999.95,
			999.5,
			1.005,
			12.345,
			1234,
			12345.678,
			-0.04,
			-0.5,
			1e6,
			123456789.123,
			999999.999,
			1e-6,
			2e-6,
			0.1 + 0.2,
			174937,
			9007199254740991,
			1e20,
			0.000123
		];
		for (const v of edge) for (const d of [0, 1, 2, 3]) expect(formatNumber(v, d)).toBe(intl(v, d));
	});
	it('formatNumber(v, d) equals Intl es-CO on 20 000 seeded values', () => {
		const r = rng(20241124);
		for (let i = 0; i < 20_000; i++) {
			const mag = 10 ** Math.floor(r() * 12 - 4);
			const v = (r() - 0.3) * mag;
			const rounded = r() < 0.3 ? Math.round(v * 1000) / 1000 : v;
			const d = Math.floor(r() * 4);
			expect(formatNumber(rounded, d)).toBe(intl(rounded, d));
		}
	});
	it('formatInteger(v) equals Intl for halves and big counts', () => {
		for (const v of [0.5, 1.5, 2.5, -1.5, 1234567.5, 9999.49, 9999.5])
			expect(formatInteger(v)).toBe(intl(v, 0));
	});
	it('formatNumber(v) leaves NaN, infinities and tiny or huge values to Intl', () => {
		for (const v of [NaN, Infinity, -Infinity, 1e21, 1e-7, -3e-9])
			expect(formatNumber(v, 1)).toBe(intl(v, 1));
	});
});
