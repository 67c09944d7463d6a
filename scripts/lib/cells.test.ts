import { describe, expect, it } from 'vitest';
import { classify, parseBoolean, parseNumber } from './cells.ts';

describe('parseNumber', () => {
	it.each([
		['12', 12],
		['-3', -3],
		['12,5', 12.5],
		['1.5', 1.5],
		['1.234.567,8', 1234567.8],
		['1,234,567.8', 1234567.8],
		['1 234', 1234],
		['1\u00a0234,5', 1234.5],
		['1.234', 1.234],
		['1,234', 1234],
		['1e3', 1000]
	])('parseNumber(%j) = %d in a comma-separated file', (text, n) =>
		expect(parseNumber(text)).toBe(n)
	);

	it.each([
		['1.250', 1250],
		['1.250.000', 1250000],
		['1,234', 1.234],
		['12,5', 12.5],
		['1.5', 1.5],
		['1.234,5', 1234.5]
	])(
		'parseNumber(%j, decimalComma) = %d in a semicolon-separated (Spanish Excel) file',
		(text, n) => expect(parseNumber(text, true)).toBe(n)
	);

	it.each(['abc', '1.2.3,4,5', '12 34', '1,23,456', '--1', '1.234,5.6', ''])(
		'parseNumber(%j) is not a number',
		(text) => expect(parseNumber(text)).toBeNull()
	);
});

describe('parseBoolean', () => {
	it.each(['Sí', 'si', 'S', '1', 'true', 'x', 'X', 'SÍ'])('parseBoolean(%j) = true', (t) =>
		expect(parseBoolean(t)).toBe(true)
	);
	it.each(['No', 'n', '0', 'false', 'FALSE'])('parseBoolean(%j) = false', (t) =>
		expect(parseBoolean(t)).toBe(false)
	);
	it.each(['quizás', '2', 'yes'])('parseBoolean(%j) = null', (t) =>
		expect(parseBoolean(t)).toBeNull()
	);
});

describe('classify', () => {
	it.each(['', 'NA', 'n/a', 'N/A', 'ND', '-'])('classify(%j) is missing, never zero', (t) =>
		expect(classify(t)).toEqual({ kind: 'missing' })
	);
	it.each(['=SUMA(A1:A3)', '=A1'])('classify(%j) is a formula', (t) =>
		expect(classify(t).kind).toBe('formula')
	);
	it.each(['#N/A', '#DIV/0!', '#¡VALOR!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#n/a'])(
		'classify(%j) is an Excel error',
		(t) => expect(classify(t).kind).toBe('excel_error')
	);
	it('classify("#3 hilos") is a value', () => expect(classify('#3 hilos').kind).toBe('value'));
	it('classify("-5") is a value', () =>
		expect(classify('-5')).toEqual({ kind: 'value', text: '-5' }));
});
