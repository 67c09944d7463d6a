import { describe, expect, it } from 'vitest';
import { indicator, madurez } from '../test-fixtures';
import { changeUnit, formatChange, formatChangeSide } from './change';
import { compareText } from './collate';
import { dimensionName } from './dimension';
import { formatBytes } from './size';

describe('es-CO changes, sizes and sorting', () => {
	const bool = indicator({ codigo: 'plan', tipo: 'booleano', unidad: '%', agregacion: 'promedio' });
	it('formatChange(ind, v, medida) keeps its Spanish text', () => {
		expect(formatChange(bool, 12.5, 'abs')).toBe('+12,5 p. p.');
		expect(formatChange(indicator(), -3, 'pct')).toBe('−3 %');
		expect(formatChange(indicator(), 1234, 'abs')).toBe('+1.234');
		expect(formatChange(indicator({ unidad: 'indice' }), 2.25, 'abs')).toBe(
			'+2,3 puntos del índice'
		);
		expect(formatChange(indicator({ unidad: 'millones COP' }), 150, 'abs')).toBe(
			'+150 millones COP'
		);
		expect(formatChange(indicator(), null, 'abs')).toBe('sin datos');
		expect(changeUnit(madurez, 'pct')).toBe('p. p.');
		expect(formatChangeSide(madurez, 40)).toBe('40 %');
	});
	it('formatBytes(n) writes es-CO decimals', () => {
		expect(formatBytes(9986)).toBe('9,8 KiB');
		expect(formatBytes(3762543)).toBe('3,6 MiB');
	});
	it('dimensionName(code) keeps the Spanish names', () => {
		expect(dimensionName('madurez')).toBe('Madurez');
		expect(dimensionName('cluster_regional')).toBe('Clúster regional');
	});
	it('compareText(a, b) sorts as es-CO', () => {
		expect(['ñame', 'nube', 'oso'].sort(compareText)).toEqual(['nube', 'ñame', 'oso']);
	});
});
