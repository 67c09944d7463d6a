import { TIPOS, type TipoIndicador } from '../../src/lib/contract/manifest.ts';
/** Reads the committed catalog, editions, dictionary and aliases that the sample is generated from. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv, parseCsvRecords } from './csv.ts';

export interface Initiative {
	id: string;
	divipola: string;
	sector: string;
	/** Year the initiative can first appear in the SSME (joining the Red, else start), if known. */
	firstYear: number | undefined;
	/** The catalog row as read, kept to write replicas faithfully. */
	row: Record<string, string>;
}

export interface Edition {
	edicion: number;
	anioCampo: number;
	etiqueta: string;
}

export type IndicatorType = TipoIndicador;

export interface Indicator {
	codigo: string;
	unidad: string;
	tipo: IndicatorType;
	niveles: string[];
	minimo: number | undefined;
	maximo: number | undefined;
}

export interface SampleInputs {
	catalogHeader: string[];
	initiatives: Initiative[];
	editions: Edition[];
	indicators: Indicator[];
	/** First alias per column, used as the header of the xlsx edition to exercise `alias.csv`. */
	aliasFor: Map<string, string>;
}

const optionalNumber = (text: string | undefined): number | undefined =>
	text === undefined || text.trim() === '' ? undefined : Number(text);

async function records(
	file: string
): Promise<{ header: string[]; rows: Record<string, string>[] }> {
	const text = await readFile(file, 'utf8');
	return { header: parseCsv(text)[0] ?? [], rows: parseCsvRecords(text) };
}

const foldKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Resolves any name, variant or code in `departamentos.csv` to its two-character DIVIPOLA code. */
async function departmentLookup(referenceDir: string): Promise<(name: string) => string> {
	const { rows } = await records(path.join(referenceDir, 'departamentos.csv'));
	const lookup = new Map<string, string>();
	for (const r of rows) {
		const code = r.divipola ?? '';
		for (const name of [code, r.nombre, r.nombre_corto, ...(r.variantes ?? '').split('|')]) {
			if (name) lookup.set(foldKey(name), code);
		}
		lookup.set(String(Number(code)), code);
	}
	return (name) => lookup.get(foldKey(name)) ?? '';
}

/** Loads everything the generator needs from a folder shaped like `data/`. */
export async function readSampleInputs(dataDir: string): Promise<SampleInputs> {
	const raw = path.join(dataDir, 'raw');
	const departments = await departmentLookup(path.join(dataDir, 'reference'));
	const catalog = await records(path.join(raw, 'iniciativas.csv'));
	const initiatives = catalog.rows.map((row) => ({
		id: row.iniciativa_id ?? '',
		divipola: departments(row.departamento ?? ''),
		sector: row.sector ?? '',
		firstYear: optionalNumber(row.anio_ingreso_red) ?? optionalNumber(row.anio_inicio),
		row
	}));
	const editions = (await records(path.join(raw, 'ediciones.csv'))).rows
		.map((r) => ({
			edicion: Number(r.edicion),
			anioCampo: Number(r.anio_campo),
			etiqueta: r.etiqueta ?? ''
		}))
		.sort((a, b) => a.edicion - b.edicion);
	const indicators = (await records(path.join(raw, 'indicadores.csv'))).rows.map((r) => ({
		codigo: r.codigo ?? '',
		unidad: r.unidad ?? '',
		tipo: (r.tipo ?? TIPOS[0]) as IndicatorType,
		niveles: r.niveles ? r.niveles.split('|') : [],
		minimo: optionalNumber(r.minimo),
		maximo: optionalNumber(r.maximo)
	}));
	const aliasFor = new Map<string, string>();
	for (const r of (await records(path.join(raw, 'alias.csv'))).rows) {
		if (r.columna && r.alias && !aliasFor.has(r.columna)) aliasFor.set(r.columna, r.alias);
	}
	return { catalogHeader: catalog.header, initiatives, editions, indicators, aliasFor };
}
