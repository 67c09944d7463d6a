import { describe, expect, it } from 'vitest';
import { formatCell } from './format-cell.ts';
import type { Indicator } from './inputs.ts';

const ind = (unidad: string): Indicator => ({
	codigo: 'x',
	unidad,
	tipo: 'numero',
	niveles: [],
	minimo: 0,
	maximo: undefined
});

describe('formatCell', () => {
	it('formatCell(null, …) is an empty cell in every style', () => {
		expect(formatCell(null, ind('conteo'), 'plain')).toBe('');
		expect(formatCell(null, ind('conteo'), 'excel-es')).toBe('');
	});

	it("formatCell(money, …, 'excel-es') groups thousands and always shows decimals", () => {
		expect(formatCell(1234567.8, ind('millones COP'), 'excel-es')).toBe('1.234.567,8');
		expect(formatCell(1234, ind('millones COP'), 'excel-es')).toBe('1.234,0');
		expect(formatCell(0.5, ind('millones USD'), 'excel-es')).toBe('0,50');
	});

	it("formatCell(number, …, 'excel-es') uses a decimal comma and no grouping elsewhere", () => {
		expect(formatCell(12.5, ind('%'), 'excel-es')).toBe('12,5');
		expect(formatCell(12345, ind('conteo'), 'excel-es')).toBe('12345');
		expect(formatCell(12.5, ind('%'), 'plain')).toBe('12.5');
	});

	it('formatCell spells booleans and levels per style', () => {
		expect(formatCell(true, ind('%'), 'plain')).toBe('Sí');
		expect(formatCell(true, ind('%'), 'excel-es')).toBe('Si');
		expect(formatCell('exploración', ind('categoria'), 'excel-es')).toBe('Exploración');
	});
});
