import { describe, expect, it } from 'vitest';
import {
	ALL_DIMENSIONS,
	dimensionFromQuery,
	dimensionSummary,
	dimensionToQuery
} from './dimension-view';

const dims = ['capacidades', 'proyectos', 'resultados'];

describe('dimensionFromQuery', () => {
	it('a bare URL, an unknown or an empty value give the first dimension', () => {
		expect(dimensionFromQuery(null, dims)).toBe('capacidades');
		expect(dimensionFromQuery('zzz', dims)).toBe('capacidades');
		expect(dimensionFromQuery('', dims)).toBe('capacidades');
	});
	it('a known dimension (old links) and «todas» are kept', () => {
		expect(dimensionFromQuery('proyectos', dims)).toBe('proyectos');
		expect(dimensionFromQuery('todas', dims)).toBe(ALL_DIMENSIONS);
	});
	it('with no dimensions at all there is only «todas»', () => {
		expect(dimensionFromQuery(null, [])).toBe(ALL_DIMENSIONS);
	});
});

describe('dimensionToQuery', () => {
	it('the first dimension is a bare URL; the others and «todas» are named', () => {
		expect(dimensionToQuery('capacidades', dims)).toBeNull();
		expect(dimensionToQuery('proyectos', dims)).toBe('proyectos');
		expect(dimensionToQuery(ALL_DIMENSIONS, dims)).toBe('todas');
	});
	it('round-trips every choice', () => {
		for (const d of [...dims, ALL_DIMENSIONS])
			expect(dimensionFromQuery(dimensionToQuery(d, dims), dims)).toBe(d);
	});
});

describe('dimensionSummary', () => {
	it('says how many are shown and that the select has the others', () => {
		expect(dimensionSummary(4, 14, 5)).toBe(
			'Se muestran 4 indicadores de esta dimensión; los otros 10 están en las demás dimensiones del selector «Dimensión».'
		);
		expect(dimensionSummary(1, 14, 5)).toMatch(/^Se muestra 1 indicador de esta dimensión;/);
	});
	it('with every dimension shown it says so', () => {
		expect(dimensionSummary(14, 14, 5)).toBe(
			'Se muestran los 14 indicadores de las 5 dimensiones.'
		);
	});
});
