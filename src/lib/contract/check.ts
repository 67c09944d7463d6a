import type { FileEntry, Manifest, TableEntry } from './manifest';

/** A manifest that does not match the contract; the message is for the reader, in Spanish. */
export class ManifestError extends Error {
	constructor(what: string) {
		super(
			`El índice de los datos publicados («manifest.json») no tiene la forma esperada: ${what}. Vuelva a publicar los datos con «npm run data».`
		);
		this.name = 'ManifestError';
	}
}

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function field(o: Obj, key: string, type: 'string' | 'number' | 'boolean', where: string) {
	if (typeof o[key] !== type) throw new ManifestError(`falta «${key}» (${type}) en ${where}`);
}

function file(x: unknown, where: string): FileEntry {
	if (!isObj(x)) throw new ManifestError(`${where} no es un objeto`);
	field(x, 'archivo', 'string', where);
	field(x, 'bytes', 'number', where);
	field(x, 'sha256', 'string', where);
	return x as unknown as FileEntry;
}

function table(x: unknown, tabla: string): TableEntry {
	const where = `la tabla «${tabla}»`;
	if (!isObj(x)) throw new ManifestError(`${where} no es un objeto`);
	field(x, 'filas', 'number', where);
	if (!Array.isArray(x.columnas)) throw new ManifestError(`falta «columnas» en ${where}`);
	for (const c of x.columnas as unknown[]) {
		if (!isObj(c)) throw new ManifestError(`una columna de ${where} no es un objeto`);
		field(c, 'nombre', 'string', where);
		field(c, 'tipo', 'string', where);
	}
	if (!Array.isArray(x.archivos)) throw new ManifestError(`falta «archivos» en ${where}`);
	(x.archivos as unknown[]).forEach((a) => file(a, `un archivo de ${where}`));
	return x as unknown as TableEntry;
}

/** An optional label (the English ones): absent, null or text. */
function optionalText(o: Obj, key: string, where: string) {
	if (o[key] !== undefined && o[key] !== null && typeof o[key] !== 'string')
		throw new ManifestError(`«${key}» no es un texto en ${where}`);
}

/** The English labels of the dictionary and the sectors, where the manifest lists them. */
function labels(x: Obj) {
	optionalText(x, 'descripcion_muestra_en', 'el índice');
	for (const i of Array.isArray(x.indicadores) ? (x.indicadores as unknown[]) : []) {
		if (!isObj(i)) throw new ManifestError('un indicador no es un objeto');
		const where = `el indicador «${String(i.codigo)}»`;
		optionalText(i, 'nombre_en', where);
		optionalText(i, 'descripcion_en', where);
		const en = i.niveles_en;
		if (en === undefined || en === null) continue;
		const niveles = Array.isArray(i.niveles) ? i.niveles : [];
		if (!Array.isArray(en) || en.some((n) => typeof n !== 'string') || en.length !== niveles.length)
			throw new ManifestError(`«niveles_en» no tiene una etiqueta por nivel en ${where}`);
	}
	for (const s of Array.isArray(x.sectores) ? (x.sectores as unknown[]) : []) {
		if (!isObj(s)) throw new ManifestError('un sector no es un objeto');
		optionalText(s, 'nombre_en', `el sector «${String(s.sector_id)}»`);
	}
	const ref = x.textos_referencia;
	if (ref === undefined) return;
	if (!isObj(ref)) throw new ManifestError('«textos_referencia» no es un objeto');
	for (const [tabla, rows] of Object.entries(ref)) {
		const where = `los textos de «${tabla}»`;
		if (!Array.isArray(rows)) throw new ManifestError(`${where} no son una lista`);
		for (const r of rows as unknown[]) {
			if (!isObj(r)) throw new ManifestError(`una fila de ${where} no es un objeto`);
			for (const k of Object.keys(r)) optionalText(r, k, where);
		}
	}
}

/**
 * Checks a parsed `manifest.json` against the contract (what the site reads from it: version,
 * dates, sample flag, tables and files, the English labels where present) and returns it typed; throws a `ManifestError` otherwise.
 * Hand-written (≈ 90 lines) rather than a schema library: it runs on pages whose first view must
 * stay small, and the shape is shallow.
 */
export function parseManifest(x: unknown): Manifest {
	if (!isObj(x)) throw new ManifestError('no es un objeto JSON');
	field(x, 'version', 'string', 'el índice');
	field(x, 'generado', 'string', 'el índice');
	field(x, 'muestra', 'boolean', 'el índice');
	if (!isObj(x.tablas)) throw new ManifestError('falta «tablas»');
	for (const [tabla, t] of Object.entries(x.tablas)) table(t, tabla);
	for (const key of ['geo', 'paquete_csv'])
		if (x[key] !== undefined && x[key] !== null) file(x[key], `«${key}»`);
	for (const key of ['ediciones', 'indicadores', 'sectores', 'departamentos'])
		if (x[key] !== undefined && !Array.isArray(x[key]))
			throw new ManifestError(`«${key}» no es una lista`);
	labels(x);
	return x as unknown as Manifest;
}
