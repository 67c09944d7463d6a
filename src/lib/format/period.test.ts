import { describe, expect, it } from 'vitest';
import { formatPeriod } from './date';

describe('formatPeriod', () => {
	it('writes quarters, halves and months in words (es-CO)', () => {
		expect(formatPeriod('2024-T3')).toBe('3.er trimestre de 2024');
		expect(formatPeriod('2024-T2')).toBe('2.º trimestre de 2024');
		expect(formatPeriod('2024-S1')).toBe('1.er semestre de 2024');
		expect(formatPeriod('2023-S2')).toBe('2.º semestre de 2023');
		expect(formatPeriod('2024-11')).toBe('noviembre de 2024');
		expect(formatPeriod('2024-01')).toBe('enero de 2024');
	});

	it('leaves years and anything unknown as given', () => {
		expect(formatPeriod('2024')).toBe('2024');
		expect(formatPeriod('2024-13')).toBe('2024-13');
		expect(formatPeriod('2024-S3')).toBe('2024-S3');
		expect(formatPeriod('hoy')).toBe('hoy');
	});
});
