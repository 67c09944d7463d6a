import { DuckDBInstance } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv, type Cell } from '../../src/lib/export/csv.ts';
import { formulaCells } from '../../src/lib/export/formula-cells.ts';
import { build } from '../lib/build.ts';
import { sha256 } from '../lib/hash.ts';
import type { Manifest } from '../lib/manifest.ts';
import { CSV_BUNDLE, csvComments, leeme, writeCsvBundle } from './tablero-cluster-csv-zip.ts';

const VALIDA = join(import.meta.dirname, '..', '..', 'data', 'fixtures', 'valida');
const tmp = mkdtempSync(join(tmpdir(), 'csv-zip-test-'));
const out = join(tmp, 'out');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Decodes keeping the BOM (TextDecoder drops it by default), so texts compare byte for byte. */
const strFromU8 = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

let manifest: Manifest;
let files: Record<string, Uint8Array>;

async function query(sql: string): Promise<Record<string, unknown>[]> {
	const conn = await (await DuckDBInstance.create(':memory:')).connect();
	const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
	conn.closeSync();
	return rows as Record<string, unknown>[];
}

beforeAll(async () => {
	const now = new Date('2024-11-24T12:00:00Z');
	const r = await build({ input: VALIDA, out, log: () => {}, now });
	expect(r.status).toBe('built');
	manifest = JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8')) as Manifest;
	files = unzipSync(readFileSync(join(out, CSV_BUNDLE)));
});

describe('writeCsvBundle (data/tablero-cluster-csv.zip)', () => {
	it('is listed in the manifest with its size and hash', () => {
		const bytes = readFileSync(join(out, CSV_BUNDLE));
		expect(manifest.paquete_csv).toEqual({
			archivo: CSV_BUNDLE,
			bytes: bytes.length,
			sha256: sha256(bytes)
		});
	});

	it('holds LEEME.txt and one CSV per published table, in manifest order', () => {
		expect(Object.keys(files)).toEqual([
			'LEEME.txt',
			...Object.keys(manifest.tablas).map((t) => `${t}.csv`)
		]);
		expect(Object.keys(manifest.tablas)).toHaveLength(11);
	});

	it('starts every file with a UTF-8 BOM', () => {
		for (const [name, bytes] of Object.entries(files))
			expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('has as many rows in each CSV as the Parquet table, read back by DuckDB as LEEME says', async () => {
		// The reading recipe LEEME.txt gives: skip the comment lines, then a header.
		const skip = csvComments('x', manifest).length;
		expect(strFromU8(files['LEEME.txt']!)).toContain(`skip = ${skip}, header = true`);
		for (const t of Object.keys(manifest.tablas)) {
			const csv = join(tmp, `${t}.csv`);
			writeFileSync(csv, files[`${t}.csv`]!);
			const [fromCsv] = await query(
				`SELECT count(*)::INTEGER AS n FROM read_csv('${csv}', skip = ${skip}, header = true)`
			);
			const [fromParquet] = await query(
				`SELECT count(*)::INTEGER AS n FROM '${out}/data/${t}.parquet'`
			);
			expect(fromCsv!.n, t).toBe(fromParquet!.n);
			expect(fromCsv!.n, t).toBe(manifest.tablas[t]!.filas);
		}
	});

	it('writes exactly what toCsv writes for the Parquet rows (quoting, nulls, neutralised formulas)', async () => {
		for (const t of ['iniciativas', 'resultados', 'indicadores', 'hitos']) {
			const rows = await query(`SELECT * FROM '${out}/data/${t}.parquet'`);
			const columns = manifest.tablas[t]!.columnas.map((c) => c.nombre);
			const expected = toCsv(rows as Record<string, Cell>[], columns, {
				comments: csvComments(t, manifest)
			});
			expect(strFromU8(files[`${t}.csv`]!), t).toBe(expected);
		}
	});

	it('labels sample data in every CSV and in LEEME.txt, with version, date, seed, sources and licence', () => {
		const readme = strFromU8(files['LEEME.txt']!);
		expect(manifest.muestra).toBe(true);
		expect(readme).toBe(leeme(manifest));
		expect(readme).toContain(`Versión de los datos: ${manifest.version}`);
		expect(readme).toContain('Publicada: 2024-11-24T12:00:00.000Z');
		expect(readme).toContain('SINTÉTICOS');
		expect(readme).toContain(`semilla ${manifest.semilla}`);
		expect(manifest.semilla).toBe(1);
		for (const s of ['DIVIPOLA', 'ISO 3166-2', 'Natural Earth', 'Confecámaras', 'CC BY 4.0'])
			expect(readme).toContain(s);
		for (const t of Object.keys(manifest.tablas))
			expect(strFromU8(files[`${t}.csv`]!), t).toContain('# DATOS DE DEMOSTRACIÓN');
	});

	it('says nothing of sample data when the data are real', () => {
		const real = { ...manifest, muestra: false, descripcion_muestra: null, semilla: null };
		expect(leeme(real)).not.toMatch(/SINTÉTICOS|semilla/);
		expect(csvComments('resultados', real).join('\n')).not.toContain('DEMOSTRACIÓN');
	});

	it('stamps every entry with the build date (UTC), not the clock', () => {
		const zip = readFileSync(join(out, CSV_BUNDLE));
		// Local headers: DOS time at offset 10, date at 12 → 2024-11-24 12:00:00.
		const day = ((2024 - 1980) << 9) | (11 << 5) | 24;
		const time = 12 << 11;
		let n = 0;
		for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4)) {
			expect(zip.readUInt16LE(at + 10)).toBe(time);
			expect(zip.readUInt16LE(at + 12)).toBe(day);
			n++;
		}
		expect(n).toBeGreaterThanOrEqual(12);
	});

	it('has no formula cell in any line of any CSV, even with hostile names and a hostile description', async () => {
		for (const [name, bytes] of Object.entries(files))
			if (name.endsWith('.csv')) expect(formulaCells(strFromU8(bytes)), name).toEqual([]);
		const dir = join(tmp, 'hostil');
		const inst = await DuckDBInstance.create(':memory:');
		const conn = await inst.connect();
		await conn.run(`CREATE TABLE x AS SELECT * FROM (VALUES
			('x,=HYPERLINK("http://e")', 'a;=1+1', -2), ('=1', 'b
@c', 3)) t("=n", nombre, v)`);
		const { mkdirSync } = await import('node:fs');
		mkdirSync(join(dir, 'data'), { recursive: true });
		await conn.run(`COPY x TO '${dir}/data/x.parquet' (FORMAT parquet)`);
		const m = {
			...manifest,
			version: 'v,=1+1',
			descripcion_muestra: 'sintético,=HYPERLINK("http://e");@x\t-1+1',
			tablas: { x: { ...manifest.tablas['hitos']!, filas: 2 } }
		};
		await writeCsvBundle(conn, dir, m);
		conn.closeSync();
		const csv = strFromU8(unzipSync(readFileSync(join(dir, CSV_BUNDLE)))['x.csv']!);
		expect(csv).toContain('HYPERLINK');
		expect(formulaCells(csv)).toEqual([]);
	});
});
