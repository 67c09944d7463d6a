import { describe, expect, it } from 'vitest';
import { CANCELLED, describeSqlError, isInterrupt } from './sql-errors';

describe('describeSqlError', () => {
	it('describeSqlError(Parser Error) keeps DuckDB\'s text behind "Error de sintaxis"', () => {
		const e = new Error(
			'Parser Error: syntax error at or near "FORM"\n\nLINE 1: SELECT * FORM x\n                 ^'
		);
		expect(describeSqlError(e)).toBe(
			'Error de sintaxis: syntax error at or near "FORM"\n\nLINE 1: SELECT * FORM x\n                 ^'
		);
	});
	it.each([
		[
			'Catalog Error: Table with name nope does not exist!',
			'Tabla, columna o función desconocida: Table with name nope does not exist!'
		],
		[
			'Binder Error: Referenced column "x" not found',
			'Error de referencia: Referenced column "x" not found'
		],
		[
			'Permission Error: Cannot access file "/etc/passwd" - file system operations are disabled by configuration',
			'Acceso denegado (la consola solo lee las tablas publicadas): Cannot access file "/etc/passwd" - file system operations are disabled by configuration'
		],
		[
			"Conversion Error: Could not convert string 'a' to INT32",
			"Error de conversión de tipos: Could not convert string 'a' to INT32"
		],
		['Weird Error: something', 'Error de DuckDB: something'],
		['no prefix at all', 'Error de DuckDB: no prefix at all']
	])('describeSqlError(%s)', (msg, expected) => {
		expect(describeSqlError(new Error(msg))).toBe(expected);
	});
	it('describeSqlError(interrupt) is "Consulta cancelada"', () => {
		expect(describeSqlError(new Error('INTERRUPT Error: Interrupted!'))).toBe(CANCELLED());
		expect(isInterrupt('Binder Error: x')).toBe(false);
	});
	it("describeSqlError reads DuckDB-WASM's JSON errors", () => {
		const wasm = JSON.stringify({
			exception_type: 'Parser',
			exception_message: 'syntax error at or near "resultados"\n\nLINE 1: SELECT * FORM resultados',
			error_subtype: 'SYNTAX_ERROR',
			position: '14'
		});
		expect(describeSqlError(new Error(wasm))).toBe(
			'Error de sintaxis: syntax error at or near "resultados"\n\nLINE 1: SELECT * FORM resultados'
		);
		const interrupt = JSON.stringify({
			exception_type: 'INTERRUPT',
			exception_message: 'Interrupted!'
		});
		expect(describeSqlError(new Error(interrupt))).toBe(CANCELLED());
		expect(describeSqlError(new Error('{no es json'))).toBe('Error de DuckDB: {no es json');
	});
	it('describeSqlError accepts non-Error values', () => {
		expect(describeSqlError('Parser Error: x')).toBe('Error de sintaxis: x');
	});
});
