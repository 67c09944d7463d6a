import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, neutralise, toCsv } from './csv';

describe('csvCell', () => {
	it('neutralises formulas, including the ones that start with - + @ tab and CR', () => {
		expect(['=1+1', '+57 300', '-2+3', '@SUM(A1)', '\t=x', 'normal'].map(neutralise)).toEqual([
			"'=1+1",
			"'+57 300",
			"'-2+3",
			"'@SUM(A1)",
			"'\t'=x",
			'normal'
		]);
	});

	it('quotes commas, quotes and line breaks; leaves numbers machine-readable', () => {
		expect(csvCell('Bogotá, D.C.')).toBe('"Bogotá, D.C."');
		expect(csvCell('dice "hola"')).toBe('"dice ""hola"""');
		expect(csvCell('a\nb')).toBe('"a\nb"');
		expect(csvCell(1234.5)).toBe('1234.5');
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(null)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});
});

describe('toCsv', () => {
	const rows = [
		{ nombre: 'Clúster de Café del Huila', valor: 1055.5 },
		{ nombre: '=HYPERLINK("http://x")', valor: null },
		{ nombre: '<script>alert(1)</script> 🚀', valor: -2 }
	];

	it('starts with a BOM, writes comments, header and CRLF lines', () => {
		const csv = toCsv(rows, ['nombre', 'valor'], { comments: ['Datos de demostración'] });
		expect(csv.startsWith('\uFEFF# Datos de demostración\r\nnombre,valor\r\n')).toBe(true);
		expect(csv).toContain('"\'=HYPERLINK(""http://x"")",\r\n');
	});

	it('reads back with DuckDB: same rows, accents intact, missing stays missing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'csv-'));
		try {
			const file = join(dir, 'x.csv');
			writeFileSync(file, toCsv(rows, ['nombre', 'valor'], { comments: ['filtro: todo'] }));
			const db = await DuckDBInstance.create(':memory:');
			const c = await db.connect();
			const r = await c.runAndReadAll(
				`SELECT * FROM read_csv('${file}', auto_detect=false, delim=',', quote='"', escape='"', skip=1, header=true, columns={'nombre':'VARCHAR','valor':'DOUBLE'})`
			);
			expect(r.getRowObjectsJS()).toEqual([
				{ nombre: 'Clúster de Café del Huila', valor: 1055.5 },
				{ nombre: '\'=HYPERLINK("http://x")', valor: null },
				{ nombre: '<script>alert(1)</script> 🚀', valor: -2 }
			]);
			c.closeSync();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
