import { describe, expect, it } from 'vitest';
import { indicator, madurez } from '../test-fixtures';
import {
	aggregationText,
	dimensionLabel,
	directionLabel,
	rangeText,
	typeLabel
} from './dictionary';

describe('dictionary labels', () => {
	it('rangeText covers both, one or no bounds in es-CO', () => {
		expect(rangeText(indicator({ minimo: 0, maximo: 100 }))).toBe('0 – 100');
		expect(rangeText(indicator({ minimo: 0.5, maximo: null }))).toBe('≥ 0,5');
		expect(rangeText(indicator({ minimo: null, maximo: 1500 }))).toBe('≤ 1.500');
		expect(rangeText(madurez)).toBe('sin límite');
	});
	it('labels dimension, type, direction and aggregation', () => {
		expect(dimensionLabel('gestion')).toBe('Gestión de la iniciativa');
		expect(dimensionLabel('otra')).toBe('otra');
		expect(typeLabel(madurez)).toBe('categoría ordenada');
		expect(directionLabel(indicator({ mayor_es_mejor: false }))).toBe('menor es mejor');
		expect(aggregationText(indicator({ tipo: 'booleano', agregacion: 'promedio' }))).toBe(
			'porcentaje de iniciativas (promedio)'
		);
		expect(aggregationText(indicator({ agregacion: 'suma' }))).toBe('suma');
	});
});
