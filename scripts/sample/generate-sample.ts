/** Generates the demonstration SSME results (and, for load tests, a whole multiplied input folder). */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from './csv.ts';
import { readSampleInputs, type Edition } from './inputs.ts';
import { replicate } from './replicate.ts';
import { simulate } from './simulate.ts';
import { writeCsvEdition, writeXlsxEdition, type EditionFormat } from './write-edition.ts';

export const DEFAULT_SEED = 20241124;

/** The project's own `data/` folder: the catalog and dictionary the sample is drawn from. */
export const PROJECT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export interface SampleOptions {
	/** How many copies of the catalog to simulate (1 = the committed sample). */
	scale?: number;
	/** Folder shaped like `data/` to write into; `raw/ssme/` and `raw/origen.json` are replaced. */
	outDir?: string;
	seed?: number;
	/** Where to read the catalog, dictionary and reference from (defaults to the project's). */
	dataDir?: string;
}

export interface SampleResult {
	files: string[];
	/** Values present across all editions, i.e. the rows of the published `resultados` table. */
	resultRows: number;
}

/** The last edition is an xlsx and the one before a Spanish-Excel CSV, so every reader path runs. */
export function formatFor(position: number, count: number): EditionFormat {
	if (position === count - 1) return 'xlsx';
	if (position === count - 2) return 'csv-excel-es';
	return 'csv';
}

async function clearGeneratedEditions(ssmeDir: string): Promise<void> {
	// Only names this generator writes: an analyst's «SSME 2019.xlsx» is left alone.
	for (const name of await readdir(ssmeDir)) {
		if (/^\d+\.(csv|xlsx)$/.test(name)) await rm(path.join(ssmeDir, name));
	}
}

function origin(seed: number, scale: number): string {
	const descripcion = `Valores sintéticos generados con semilla ${seed} sobre el catálogo público de iniciativas (nombres, departamentos y sectores reales); no son resultados del SSME`;
	const descripcion_en = `Synthetic values generated with seed ${seed} over the public catalog of initiatives (real names, departments and sectors); they are not SSME results`;
	const o = { muestra: true, descripcion, descripcion_en, semilla: seed, escala: scale };
	return `${JSON.stringify(o, null, '\t')}\n`;
}

export async function generateSample(options: SampleOptions = {}): Promise<SampleResult> {
	const scale = options.scale ?? 1;
	const seed = options.seed ?? DEFAULT_SEED;
	const dataDir = path.resolve(options.dataDir ?? PROJECT_DATA_DIR);
	const outDir = path.resolve(options.outDir ?? dataDir);
	if (!Number.isInteger(scale) || scale < 1)
		throw new Error(`--scale must be a positive integer, got ${scale}`);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${seed}`);
	const inPlace = outDir === dataDir;
	if (inPlace && scale > 1) {
		throw new Error('A multiplied sample would overwrite the committed catalog: pass --out <dir>');
	}

	const inputs = await readSampleInputs(dataDir);
	const initiatives = replicate(inputs.initiatives, scale);
	const editions = simulate(initiatives, inputs.editions, inputs.indicators, seed);

	const rawOut = path.join(outDir, 'raw');
	const ssmeDir = path.join(rawOut, 'ssme');
	await mkdir(ssmeDir, { recursive: true });
	await clearGeneratedEditions(ssmeDir);
	const files: string[] = [];
	let resultRows = 0;
	for (const [position, edition] of editions.entries()) {
		const format = formatFor(position, editions.length);
		const file = path.join(ssmeDir, `${edition.edicion}.${format === 'xlsx' ? 'xlsx' : 'csv'}`);
		const meta = inputs.editions[position] as Edition;
		if (format === 'xlsx') {
			await writeXlsxEdition(file, edition, inputs.indicators, inputs.aliasFor, meta.etiqueta);
		} else {
			await writeCsvEdition(file, edition, inputs.indicators, format === 'csv-excel-es');
		}
		files.push(file);
		for (const row of edition.rows) resultRows += row.cells.filter((c) => c !== null).length;
	}
	const originFile = path.join(rawOut, 'origen.json');
	await writeFile(originFile, origin(seed, scale), 'utf8');
	files.push(originFile);

	if (!inPlace) {
		// A self-contained input folder, so `npm run data -- --input <out>` works on its own.
		const catalogFile = path.join(rawOut, 'iniciativas.csv');
		const header = inputs.catalogHeader;
		const rows = initiatives.map((it) => header.map((h) => it.row[h] ?? ''));
		await writeFile(catalogFile, toCsv([header, ...rows]), 'utf8');
		files.push(catalogFile);
		for (const name of ['ediciones.csv', 'indicadores.csv', 'alias.csv']) {
			await cp(path.join(dataDir, 'raw', name), path.join(rawOut, name));
			files.push(path.join(rawOut, name));
		}
		await cp(path.join(dataDir, 'reference'), path.join(outDir, 'reference'), { recursive: true });
		files.push(path.join(outDir, 'reference'));
	}
	return { files, resultRows };
}
