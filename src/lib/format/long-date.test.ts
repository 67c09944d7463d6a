import { describe, expect, it } from 'vitest';
import { formatLongDate } from './date';
import { formatDate } from './indicator';

describe('formatLongDate', () => {
	it('formatLongDate(timestamp) gives the day in Bogotá, as Intl does', () => {
		for (const iso of [
			'2024-11-29T00:00:00.000Z',
			'2024-11-29T05:00:00.000Z',
			'2024-11-29T04:59:59.000Z',
			'2026-01-01T03:00:00Z',
			'2016-02-29T18:30:00Z',
			'2024-12-31T23:59:59Z'
		])
			expect(formatLongDate(iso)).toBe(formatDate(iso));
	});
	it('formatLongDate(day) reads a bare date as that day', () => {
		expect(formatLongDate('2024-11-30')).toBe('30 de noviembre de 2024');
		expect(formatLongDate('2020-01-01')).toBe(formatDate('2020-01-01'));
	});
	it('formatLongDate(garbage) returns the input', () => {
		expect(formatLongDate('sin fecha')).toBe('sin fecha');
	});
});
