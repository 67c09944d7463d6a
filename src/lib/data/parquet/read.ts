import { decompress } from 'fzstd';
import {
	parquetMetadataAsync,
	parquetRead,
	parquetReadObjects,
	type AsyncBuffer,
	type ColumnData,
	type Compressors,
	type FileMetaData,
	type SchemaElement
} from 'hyparquet';
import { project, sortRows, type Scan } from '../queries/scan';
import { damaged, DataFileError, footerBytes } from './file';

/**
 * The published Parquet is ZSTD-compressed (the smallest on the wire); hyparquet has Snappy built
 * in and takes other codecs as functions. fzstd is a small, dependency-free ZSTD decoder.
 */
const compressors: Compressors = {
	ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength))
};

/** An opened Parquet file: its bytes (or ranges of them) and its footer. */
export interface OpenedFile {
	name: string;
	file: AsyncBuffer;
	metadata: FileMetaData;
}

/** Any failure other than a download one means the bytes are not a readable Parquet file. */
function asDataError(name: string, e: unknown): DataFileError {
	return e instanceof DataFileError ? e : damaged(name, e);
}

/** Reads the footer of a Parquet file. */
export async function openParquet(name: string, file: AsyncBuffer): Promise<OpenedFile> {
	try {
		// The footer is in the file's last bytes: the same range `httpFile` fetches first.
		return {
			name,
			file,
			metadata: await parquetMetadataAsync(file, { initialFetchSize: footerBytes(file.byteLength) })
		};
	} catch (e) {
		throw asDataError(name, e);
	}
}

function plain(v: unknown): unknown {
	return typeof v === 'bigint' ? Number(v) : v;
}

/**
 * Answers a scan from the file: row groups whose statistics exclude the filter are skipped (and,
 * over HTTP, never downloaded); the rest are decoded, filtered, projected and sorted.
 */
export async function scanParquet<T extends Record<string, unknown>>(
	f: OpenedFile,
	s: Scan
): Promise<T[]> {
	const filter = Object.keys(s.where).length
		? Object.fromEntries(Object.entries(s.where).map(([k, v]) => [k, { $eq: v }]))
		: undefined;
	let rows: Record<string, unknown>[];
	try {
		rows = await parquetReadObjects({
			file: f.file,
			metadata: f.metadata,
			columns: s.columns,
			filter,
			compressors
		});
	} catch (e) {
		throw asDataError(f.name, e);
	}
	const out = rows.map((r) => {
		const p = project<Record<string, unknown>>(s, r);
		for (const k of s.columns) p[k] = plain(p[k]);
		return p as T;
	});
	return sortRows(s, out);
}

/** The SQL type a column is given when the query engine ingests it. */
export type ColumnKind = 'SMALLINT' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR';

/** One column of a whole table, in row order. */
export interface ColumnValues {
	name: string;
	kind: ColumnKind;
	values: ArrayLike<unknown>;
}

/** The published files use these Parquet types only (written by DuckDB from the contract). */
function kindOf(e: SchemaElement, file: string): ColumnKind {
	if (e.type === 'BOOLEAN') return 'BOOLEAN';
	if (e.type === 'DOUBLE' || e.type === 'FLOAT') return 'DOUBLE';
	if (e.type === 'INT64') return 'BIGINT';
	if (e.type === 'INT32')
		return e.converted_type === 'INT_16' || e.converted_type === 'INT_8' ? 'SMALLINT' : 'INTEGER';
	if (e.type === 'BYTE_ARRAY') return 'VARCHAR';
	throw damaged(file, new Error(`tipo Parquet no previsto en ${e.name}: ${e.type}`));
}

/** Reads every column of every row, column by column (what the query engine ingests). */
export async function readColumns(f: OpenedFile): Promise<ColumnValues[]> {
	const parts = new Map<string, ColumnData[]>();
	try {
		await parquetRead({
			file: f.file,
			metadata: f.metadata,
			compressors,
			onChunk: (c) => {
				let list = parts.get(c.columnName);
				if (!list) parts.set(c.columnName, (list = []));
				list.push(c);
			}
		});
	} catch (e) {
		throw asDataError(f.name, e);
	}
	const rows = Number(f.metadata.num_rows);
	return f.metadata.schema.slice(1).map((e) => {
		const name = e.name;
		const kind = kindOf(e, f.name);
		const chunks = (parts.get(name) ?? []).sort((a, b) => a.rowStart - b.rowStart);
		if (chunks.length === 1 && chunks[0]!.columnData.length === rows)
			return { name, kind, values: chunks[0]!.columnData };
		const values: unknown[] = new Array(rows);
		for (const c of chunks)
			for (let i = 0; i < c.columnData.length && c.rowStart + i < rows; i++)
				values[c.rowStart + i] = c.columnData[i];
		return { name, kind, values };
	});
}
