import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commentLines, keyValueMetadata, SAMPLE_LABEL, type ExportMeta } from './meta';
import { inferType, toParquet } from './parquet';

const dir = mkdtempSync(join(tmpdir(), 'parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta: ExportMeta = {
	title: 'Empresas vinculadas por departamento · 2024',
	filters: [
		{ label: 'Indicador', value: 'Empresas vinculadas' },
		{ label: 'Sector', value: 'Todos los sectores' }
	],
	version: 'abc123def456',
	generado: '2024-11-30T00:00:00.000Z',
	muestra: true,
	source: 'Fuente: SSME',
	exportedAt: new Date('2025-01-02T03:04:05Z')
};

/** Writes the buffer and reads it back through DuckDB: rows, column types and metadata. */
async function readBack(bytes: Uint8Array) {
	const file = join(dir, `${Math.random().toString(36).slice(2)}.parquet`);
	writeFileSync(file, bytes);
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	try {
		const path = file.replaceAll("'", "''");
		const rows = (await c.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjectsJS();
		const types = Object.fromEntries(
			(await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`))
				.getRowObjectsJS()
				.map((r) => [r.column_name, r.column_type])
		);
		const kv = Object.fromEntries(
			(
				await c.runAndReadAll(
					`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${path}')`
				)
			)
				.getRowObjectsJS()
				.map((r) => [r.k, r.v])
		);
		return { rows, types, kv };
	} finally {
		c.closeSync();
	}
}

describe('toParquet', () => {
	const rows = [
		{ divipola: '05', departamento: 'Antioquia', valor: 1055.5, n: 12, activo: true },
		{ divipola: '11', departamento: 'Bogotá, D.C.', valor: null, n: 0, activo: false },
		{ divipola: '88', departamento: '=SUMA(A1) «ñ» 🚀', valor: -2, n: null, activo: null }
	];

	it('reads back with DuckDB: same rows, declared types, nulls kept', async () => {
		const bytes = toParquet(
			rows,
			[
				{ name: 'divipola', type: 'STRING' },
				{ name: 'departamento', type: 'STRING' },
				{ name: 'valor', type: 'DOUBLE' },
				{ name: 'n', type: 'INT32' },
				{ name: 'activo', type: 'BOOLEAN' }
			],
			keyValueMetadata(meta)
		);
		const back = await readBack(bytes);
		expect(back.rows).toEqual(rows);
		expect(back.types).toEqual({
			divipola: 'VARCHAR',
			departamento: 'VARCHAR',
			valor: 'DOUBLE',
			n: 'INTEGER',
			activo: 'BOOLEAN'
		});
		expect(back.kv['tablero.version_datos']).toBe('abc123def456');
		expect(back.kv['tablero.muestra']).toBe('true');
		expect(back.kv['tablero.aviso']).toBe(SAMPLE_LABEL);
		expect(JSON.parse(back.kv['tablero.filtros'] as string)).toEqual({
			Indicador: 'Empresas vinculadas',
			Sector: 'Todos los sectores'
		});
		expect(back.kv['tablero.generado']).toBe('2025-01-02T03:04:05.000Z');
	});

	it('infers types when none are declared, and writes an empty table', async () => {
		const inferred = await readBack(toParquet(rows, [{ name: 'valor' }, { name: 'n' }]));
		expect(inferred.types).toEqual({ valor: 'DOUBLE', n: 'INTEGER' });
		const empty = await readBack(toParquet([], [{ name: 'valor', type: 'DOUBLE' }]));
		expect(empty.rows).toEqual([]);
		expect(empty.types).toEqual({ valor: 'DOUBLE' });
	});

	it('inferType: integers, doubles, booleans, text, all-null', () => {
		expect(inferType([1, 2, null])).toBe('INT32');
		expect(inferType([1, 2.5])).toBe('DOUBLE');
		expect(inferType([2 ** 40])).toBe('DOUBLE');
		expect(inferType([true, null])).toBe('BOOLEAN');
		expect(inferType(['a', 1])).toBe('STRING');
		expect(inferType([null, undefined])).toBe('STRING');
	});
});

describe('commentLines', () => {
	it('carries title, sample label, filters, version, date and source', () => {
		const lines = commentLines(meta);
		expect(lines).toContain(SAMPLE_LABEL);
		expect(lines).toContain(
			'Filtros: Indicador = Empresas vinculadas; Sector = Todos los sectores'
		);
		expect(lines.join('\n')).toContain('abc123def456');
		expect(lines).toContain('Generado: 2025-01-02T03:04:05.000Z');
		expect(lines).toContain('Fuente: SSME');
		expect(commentLines({ ...meta, muestra: false })).not.toContain(SAMPLE_LABEL);
	});
});
