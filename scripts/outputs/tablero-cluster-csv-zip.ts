import type { DuckDBConnection } from '@duckdb/node-api';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { citationApa } from '../../src/lib/data/citation.ts';
import { FUENTES, LICENCIAS, texto } from '../../src/lib/data/provenance.ts';
import { csvCell, csvComment, type Cell } from '../../src/lib/export/csv.ts';
import { sha256 } from '../lib/hash.ts';
import type { Manifest } from '../lib/manifest.ts';
import type { FileEntry } from '../lib/write-table.ts';
import { setZipDates } from '../sample/zip-dates.ts';

/** The bundle's path under `<out>/`, as the manifest lists it. */
export const CSV_BUNDLE = 'data/tablero-cluster-csv.zip';

const BOM = '\uFEFF';
const EOL = '\r\n';
/** Rows per CSV chunk handed to the compressor (bounded memory on a million-row table). */
const CHUNK_ROWS = 20_000;

type BundleFacts = Pick<
	Manifest,
	'version' | 'generado' | 'muestra' | 'descripcion_muestra' | 'semilla' | 'tablas'
>;

/** The `# ` lines that open every CSV: table, version and, for sample data, the warning. */
export function csvComments(tabla: string, m: BundleFacts): string[] {
	const lines = [
		`Tablero Clúster · tabla ${tabla} · ${m.tablas[tabla]?.filas ?? 0} filas`,
		`Versión de los datos ${m.version}, publicada ${m.generado}`
	];
	if (m.muestra)
		lines.push(
			`DATOS DE DEMOSTRACIÓN: valores sintéticos, no resultados del SSME (${m.descripcion_muestra ?? 'ver LEEME.txt'})`
		);
	return lines;
}

/** LEEME.txt: what the bundle is, its format, sources, licence and how to cite it. */
export function leeme(m: BundleFacts): string {
	const tablas = Object.entries(m.tablas).map(
		([t, e]) =>
			`- ${t}.csv: ${e.filas} filas. Columnas: ${e.columnas.map((c) => `${c.nombre} (${c.tipo})`).join(', ')}`
	);
	const skip = csvComments('', m).length;
	const muestra = m.muestra
		? [
				'*** DATOS DE DEMOSTRACIÓN ***',
				'Los valores de los indicadores son SINTÉTICOS: no son resultados del SSME.',
				...(m.descripcion_muestra ? [m.descripcion_muestra] : []),
				...(m.semilla === null ? [] : [`Generador: scripts/sample, semilla ${m.semilla}.`]),
				''
			]
		: ['Datos del SSME publicados por la Red Clúster Colombia — Confecámaras.', ''];
	const lines = [
		'Tablero Clúster: datos publicados en CSV',
		'',
		`Versión de los datos: ${m.version}`,
		`Publicada: ${m.generado}`,
		`Datos de demostración: ${m.muestra ? 'sí' : 'no'}`,
		'',
		...muestra,
		'CONTENIDO',
		...tablas,
		'',
		'FORMATO',
		'UTF-8 con BOM, separado por comas, comillas RFC 4180, fin de línea CRLF, números con punto',
		'decimal y sin separador de miles. Celda vacía = dato faltante (nunca cero). Un texto que una',
		'hoja de cálculo ejecutaría como fórmula (empieza por = + - @, también tras ; o un salto de',
		'línea, y en las líneas "# ") lleva un apóstrofo delante.',
		`Las primeras ${skip} líneas de cada archivo empiezan por "# " (tabla, versión${m.muestra ? ', aviso' : ''}) y la`,
		`siguiente es la cabecera: pandas.read_csv(archivo, skiprows=${skip}), R read.csv(archivo, skip = ${skip}),`,
		`DuckDB read_csv('archivo', skip = ${skip}, header = true). Las mismas tablas en Parquet y el`,
		'diccionario de indicadores están en la página /datos del tablero y en data/manifest.json.',
		'',
		'FUENTES',
		...FUENTES.flatMap((f) => [
			`- ${texto(f.nombre, 'es')}${f.url ? ` <${f.url}>` : ''}`,
			`  ${f.aporta.es}`,
			`  Tablas: ${texto(f.tablas, 'es')}. ${texto([f.condiciones], 'es')}`
		]),
		'',
		'LICENCIA',
		...LICENCIAS.map((l) => `- ${l.que.es}: ${l.licencia.es}`),
		'',
		'CÓMO CITAR',
		citationApa(m),
		''
	];
	return BOM + lines.join(EOL);
}

/** Streams one Parquet table into a CSV entry of the zip, chunk by chunk, in file order. */
async function addTable(
	conn: DuckDBConnection,
	zip: Zip,
	tabla: string,
	parquet: string,
	comments: string[]
): Promise<void> {
	const entry = new ZipDeflate(`${tabla}.csv`, { level: 6 });
	zip.add(entry);
	const result = await conn.stream(
		`SELECT * FROM read_parquet('${parquet.replaceAll("'", "''")}')`
	);
	const head = comments.map(csvComment);
	head.push(result.columnNames().map(csvCell).join(','));
	let text = BOM + head.join(EOL) + EOL;
	let pending = 0;
	for await (const rows of result.yieldRowsJs()) {
		for (const row of rows) {
			text += row.map((v) => csvCell((typeof v === 'bigint' ? Number(v) : v) as Cell)).join(',');
			text += EOL;
			if (++pending >= CHUNK_ROWS) {
				entry.push(strToU8(text));
				text = '';
				pending = 0;
			}
		}
	}
	entry.push(strToU8(text), true);
}

/**
 * `data/tablero-cluster-csv.zip`: every published table as CSV (read back from the Parquet just
 * written, so both hold the same rows in the same order) plus LEEME.txt. Entry times are set to
 * the build date in UTC, so the same build date gives the same bytes.
 */
export async function writeCsvBundle(
	conn: DuckDBConnection,
	outDir: string,
	m: BundleFacts
): Promise<FileEntry> {
	const chunks: Uint8Array[] = [];
	let failed: Error | null = null;
	const zip = new Zip((err, data) => {
		if (err) failed = err;
		else chunks.push(data);
	});
	const readme = new ZipDeflate('LEEME.txt', { level: 9 });
	zip.add(readme);
	readme.push(strToU8(leeme(m)), true);
	for (const tabla of Object.keys(m.tablas))
		await addTable(
			conn,
			zip,
			tabla,
			join(outDir, 'data', `${tabla}.parquet`),
			csvComments(tabla, m)
		);
	zip.end();
	if (failed) throw failed;
	const bytes = setZipDates(Buffer.concat(chunks), new Date(m.generado));
	await writeFile(join(outDir, CSV_BUNDLE), bytes);
	return { archivo: CSV_BUNDLE, bytes: bytes.length, sha256: sha256(bytes) };
}
