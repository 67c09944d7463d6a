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

/**
 * An .xlsx is a zip: a truncated or damaged one makes the unzipper throw (`FILE_ENDED`,
 * `invalid signature`) wherever the damage is, header or row 10 000. That is a problem of the
 * input, so it becomes a report line (exit 1, nothing published), not an internal error (exit 2).
 */
async function* guardXlsx(
	src: Source,
	report: Report,
	state: { broken: boolean }
): AsyncGenerator<RawRecord> {
	let last = 0;
	try {
		for await (const rec of readXlsxRecords(src.path)) {
			last = rec.row;
			yield rec;
		}
	} catch (e) {
		state.broken = true;
		const where = last > 0 ? ` después de la fila ${last}` : '';
		const reason = e instanceof Error ? e.message : String(e);
		report.error(
			{ file: src.file },
			`el archivo Excel está dañado o incompleto (no se pudo leer${where}: ${reason}); ábralo en Excel y guárdelo de nuevo, o expórtelo como CSV UTF-8`,
			'archivo'
		);
	}
}

function records(
	src: Source,
	report: Report,
	state: { broken: boolean }
): AsyncGenerator<RawRecord> {
	return /\.xlsx$/i.test(src.file)
		? guardXlsx(src, report, state)
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
	const state = { broken: false };
	const it = records(src, report, state);
	const first = await it.next();
	if (state.broken) return null;
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
