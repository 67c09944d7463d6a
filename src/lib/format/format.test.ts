import { describe, expect, it } from 'vitest';
import { indicator, madurez } from '../test-fixtures';
import { formatValue, levelName } from './indicator';
import { formatCompact, formatInteger, formatNumber, formatPercent } from './number';

describe('es-CO number formats', () => {
	it('uses a dot for thousands and a comma for decimals', () => {
		expect(formatNumber(1234567.89, 1)).toBe('1.234.567,9');
		expect(formatInteger(174937)).toBe('174.937');
		expect(formatPercent(45.25)).toBe('45,3 %');
	});
	it('compacts large numbers', () => {
		expect(formatCompact(2_700_000)).toMatch(/^2,7\s?M/);
		expect(formatCompact(8.25)).toBe('8,3');
	});
});

describe('formatValue', () => {
	it('never shows a missing value as zero', () => {
		expect(formatValue(indicator(), null)).toBe('sin datos');
		expect(formatValue(indicator(), undefined)).toBe('sin datos');
	});
	it('names category levels', () => {
		expect(formatValue(madurez, 3)).toBe('consolidación');
		expect(levelName(madurez, 1)).toBe('exploración');
	});
	it('formats sums as integers and booleans as % of «Sí»', () => {
		expect(formatValue(indicator(), 12345)).toBe('12.345');
		expect(formatValue(indicator({ tipo: 'booleano' }), 62.5)).toBe('62,5 %');
	});
});
