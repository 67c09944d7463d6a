import { readCsvRecords, type RawRecord } from './read-csv.ts';
import { readXlsxRecords } from './read-xlsx.ts';
import type { Report } from './report.ts';
import type { FileFacts } from './scan-file.ts';
import { Row } from './row.ts';
import { normalizeKey } from './text.ts';

/** An input file: its path on disk, its name in the report and what scanning it found. */
export interface Source {
	path: string;
	file: string;
	facts: FileFacts;
}

/** An opened table: header names (normalised, aliases applied) and a stream of rows. */
export interface Table {
	columns: string[];
	/** Column name → position; also keeps the header as written, for messages. */
	index: Map<string, number>;
	written: string[];
	rows: AsyncGenerator<Row>;
}

function records(src: Source, report: Report): AsyncGenerator<RawRecord> {
	return /\.xlsx$/i.test(src.file)
		? readXlsxRecords(src.path)
		: readCsvRecords(src.path, src.facts, report, src.file);
}

/** Encoding checks from the scan: binary is fatal, BOM and Windows-1252 are warnings. */
function checkEncoding(src: Source, report: Report): boolean {
	if (/\.xlsx$/i.test(src.file)) return true;
	const { facts, file } = src;
	if (facts.encoding === 'binary') {
		report.error(
			{ file },
			'codificación no soportada (UTF-16 o binario); guárdelo como CSV UTF-8',
			'codificacion'
		);
		return false;
	}
	if (facts.bom) report.warn({ file }, 'el archivo empieza con BOM UTF-8; se ignoró', 'bom');
	if (facts.encoding === 'windows-1252')
		report.warn({ file }, 'no es UTF-8 válido; se leyó como Windows-1252', 'codificacion');
	return true;
}

/**
 * Opens a CSV or XLSX table for validation. Reports fatal problems (encoding, empty file, bad
 * header) and returns null for them; otherwise rows come with field-count checks applied and
 * blank rows skipped with a warning.
 */
export async function openTable(
	src: Source,
	report: Report,
	aliases: Map<string, string>
): Promise<Table | null> {
	if (!checkEncoding(src, report)) return null;
	const { file } = src;
	const it = records(src, report);
	const first = await it.next();
	const written = first.done ? [] : first.value.fields.map((f) => f.trim());
	if (src.facts.bytes === 0 || written.every((h) => h === '')) {
		report.error({ file }, 'el archivo está vacío (sin cabecera)', 'vacio');
		await it.return(undefined);
		return null;
	}
	const columns = written.map((h) => {
		const k = normalizeKey(h);
		return aliases.get(k) ?? k;
	});
	const index = new Map<string, number>();
	let ok = true;
	columns.forEach((c, i) => {
		const label = written[i] ?? '';
		if (c === '') {
			report.error({ file, row: 1, column: `#${i + 1}` }, 'cabecera vacía', 'cabecera');
			ok = false;
		} else if (index.has(c)) {
			report.error({ file, row: 1, column: label }, `columna repetida («${c}»)`, 'cabecera');
			ok = false;
		} else index.set(c, i);
	});
	if (!ok) {
		await it.return(undefined);
		return null;
	}
	const ragged = /\.xlsx$/i.test(file);
	return { columns, index, written, rows: rows(it, src, report, columns.length, index, ragged) };
}

async function* rows(
	it: AsyncGenerator<RawRecord>,
	src: Source,
	report: Report,
	width: number,
	index: Map<string, number>,
	ragged: boolean
): AsyncGenerator<Row> {
	const { file } = src;
	let any = false;
	for await (const rec of it) {
		const { row, fields } = rec;
		if (fields.every((f) => f.trim() === '')) {
			report.warn({ file, row }, 'fila vacía; se ignoró', 'fila_vacia');
			continue;
		}
		any = true;
		if (fields.length > width) {
			report.error({ file, row }, `tiene ${fields.length} campos y la cabecera ${width}`, 'campos');
			continue;
		}
		if (fields.length < width) {
			if (!ragged) {
				report.error(
					{ file, row },
					`tiene ${fields.length} campos y la cabecera ${width}`,
					'campos'
				);
				continue;
			}
			while (fields.length < width) fields.push('');
		}
		yield new Row(report, file, row, fields, index, rec.decimalComma ?? false);
	}
	if (!any) report.warn({ file }, 'no tiene filas de datos', 'sin_filas');
}
