import { describe, expect, it } from 'vitest';
import { indicator, madurez } from '../test-fixtures';
import { formatComparisonValue } from './comparison';

describe('formatComparisonValue', () => {
	const bool = indicator({ codigo: 'plan', tipo: 'booleano', unidad: '%', agregacion: 'promedio' });
	it('says "sin datos" for a missing value, never 0', () => {
		expect(formatComparisonValue(indicator(), null, true)).toBe('sin datos');
		expect(formatComparisonValue(indicator(), undefined, false)).toBe('sin datos');
	});
	it('reads an own boolean as Sí/No and a group boolean as % of «Sí»', () => {
		expect(formatComparisonValue(bool, 100, true)).toBe('Sí');
		expect(formatComparisonValue(bool, 0, true)).toBe('No');
		expect(formatComparisonValue(bool, 62.5, false)).toBe('62,5 %');
	});
	it('names category levels and keeps the half of a median count', () => {
		expect(formatComparisonValue(madurez, 2, false)).toBe('intermedio');
		expect(formatComparisonValue(indicator(), 12.5, false)).toBe('12,5');
		expect(formatComparisonValue(indicator(), 1200, true)).toBe('1.200');
	});
});
