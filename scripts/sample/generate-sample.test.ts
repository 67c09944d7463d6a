import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv.ts';
import { generateSample, PROJECT_DATA_DIR, type SampleResult } from './generate-sample.ts';
import { readSampleInputs, type Indicator } from './inputs.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every edition as header + rows of text cells, whatever its file format. */
async function readEditions(outDir: string): Promise<Map<string, string[][]>> {
	const ssme = path.join(outDir, 'raw', 'ssme');
	const editions = new Map<string, string[][]>();
	for (const name of (await readdir(ssme)).sort()) {
		const file = path.join(ssme, name);
		if (name.endsWith('.xlsx')) {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(file);
			const rows: string[][] = [];
			workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
				const values = (row.values as unknown[]).slice(1);
				rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
			});
			editions.set(name, rows);
		} else {
			const text = await readFile(file, 'utf8');
			editions.set(name, parseCsv(text, text.split('\n', 1)[0]?.includes(';') ? ';' : ','));
		}
	}
	return editions;
}

/** Reads a number the way the contract allows (`1.234,5` in the Spanish-Excel edition). */
const toNumber = (text: string, spanish: boolean) =>
	Number(spanish ? text.replaceAll('.', '').replace(',', '.') : text);

let dirs: string[] = [];
let indicators: Indicator[] = [];
let a: SampleResult;
let aDir = '';

async function run(scale: number, seed: number): Promise<[string, SampleResult]> {
	const outDir = await mkdtemp(path.join(tmpdir(), 'sample-'));
	dirs.push(outDir);
	return [outDir, await generateSample({ scale, seed, outDir })];
}

beforeAll(async () => {
	indicators = (await readSampleInputs(PROJECT_DATA_DIR)).indicators;
	[aDir, a] = await run(2, 7);
});

afterAll(async () => {
	await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
	dirs = [];
});

describe('generateSample', () => {
	it('generateSample({ seed }) writes the same bytes twice and different bytes for another seed', async () => {
		const [bDir] = await run(2, 7);
		const [cDir] = await run(2, 8);
		for (const rel of [
			'ssme/1.csv',
			'ssme/4.csv',
			'ssme/5.xlsx',
			'iniciativas.csv',
			'origen.json'
		]) {
			const first = await readFile(path.join(aDir, 'raw', rel));
			expect(first.equals(await readFile(path.join(bDir, 'raw', rel))), rel).toBe(true);
		}
		const other = await readFile(path.join(cDir, 'raw', 'ssme', '1.csv'));
		expect(other.equals(await readFile(path.join(aDir, 'raw', 'ssme', '1.csv')))).toBe(false);
	});

	it('generateSample({ scale: 2 }) doubles the catalog and roughly doubles the results', async () => {
		const [oneDir, one] = await run(1, 7);
		const catalog = parseCsvRecords(
			await readFile(path.join(aDir, 'raw', 'iniciativas.csv'), 'utf8')
		);
		const base = parseCsvRecords(
			await readFile(path.join(oneDir, 'raw', 'iniciativas.csv'), 'utf8')
		);
		expect(catalog).toHaveLength(2 * base.length);
		const replica = catalog.find((r) => r.iniciativa_id === 'ANT-01-r002');
		expect(replica?.nombre).toBe(`${base[0]?.nombre} (réplica 2)`);
		expect(new Set(catalog.map((r) => r.iniciativa_id)).size).toBe(catalog.length);
		expect(a.resultRows / one.resultRows).toBeGreaterThan(1.7);
		expect(a.resultRows / one.resultRows).toBeLessThan(2.3);
		// Each initiative has its own stream, so the originals are unchanged by replication.
		const firstA = (await readFile(path.join(aDir, 'raw', 'ssme', '1.csv'), 'utf8')).split('\n');
		const firstOne = (await readFile(path.join(oneDir, 'raw', 'ssme', '1.csv'), 'utf8')).split(
			'\n'
		);
		expect(firstA.slice(0, firstOne.length - 1)).toEqual(firstOne.slice(0, -1));
		await expect(readdir(path.join(aDir, 'reference'))).resolves.toContain('departamentos.csv');
	});

	it('generateSample({ scale: 2 }) refuses to overwrite the committed catalog', async () => {
		await expect(generateSample({ scale: 2, outDir: PROJECT_DATA_DIR })).rejects.toThrow(/--out/);
	});

	it('writes origen.json marking the data as a sample', async () => {
		const origin = JSON.parse(await readFile(path.join(aDir, 'raw', 'origen.json'), 'utf8'));
		expect(origin).toMatchObject({ muestra: true, semilla: 7, escala: 2 });
		expect(origin.descripcion).toMatch(/no son resultados del SSME/);
		expect(origin.descripcion_en).toMatch(/not SSME results/);
	});

	it('keeps every value inside the dictionary: ranges, booleans and levels', async () => {
		const booleans = new Set(['si', 'no']);
		let present = 0;
		let empty = 0;
		for (const [name, [header = [], ...rows]] of await readEditions(aDir)) {
			expect(header).toHaveLength(indicators.length + 1);
			const spanish = name === '4.csv';
			for (const row of rows) {
				indicators.forEach((ind, j) => {
					const cell = row[j + 1] ?? '';
					if (cell === '') return void empty++;
					present++;
					if (ind.tipo === 'booleano') expect(booleans, cell).toContain(fold(cell));
					else if (ind.tipo === 'categoria') expect(ind.niveles.map(fold)).toContain(fold(cell));
					else {
						const x = toNumber(cell, spanish);
						expect(Number.isFinite(x), `${name} ${ind.codigo} ${cell}`).toBe(true);
						expect(x).toBeGreaterThanOrEqual(ind.minimo ?? -Infinity);
						expect(x).toBeLessThanOrEqual(ind.maximo ?? Infinity);
					}
				});
			}
		}
		expect(present).toBe(a.resultRows);
		// Missing answers are empty cells (never 0, NA or a dash) at roughly the intended 3 %.
		expect(empty / (present + empty)).toBeGreaterThan(0.01);
		expect(empty / (present + empty)).toBeLessThan(0.06);
	});

	it('gives categories consistent with the maturity index', async () => {
		const levels = indicators.find((i) => i.codigo === 'madurez')?.niveles.map(fold) ?? [];
		expect(levels).toEqual(['exploracion', 'intermedio', 'consolidacion']);
		let agree = 0;
		let total = 0;
		for (const [name, [header = [], ...rows]] of await readEditions(aDir)) {
			const level = header.findIndex((h) => /madurez/i.test(h) && !/indice/i.test(h));
			const index = header.indexOf('indice_madurez');
			for (const row of rows) {
				const position = levels.indexOf(fold(row[level] ?? ''));
				const score = toNumber(row[index] ?? '', name === '4.csv');
				if (position < 0 || (row[index] ?? '') === '') continue;
				total++;
				// Cut-offs 40 and 70, with a ±10 margin for the noise the generator adds.
				const [low, high] =
					[
						[-Infinity, 50],
						[30, 80],
						[60, Infinity]
					][position] ?? [];
				if (score >= (low ?? -Infinity) && score <= (high ?? Infinity)) agree++;
			}
		}
		expect(total).toBeGreaterThan(100);
		expect(agree / total).toBeGreaterThan(0.95);
	});
});
