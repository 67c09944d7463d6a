import type { DuckDBConnection } from '@duckdb/node-api';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableOutput } from '../outputs/types.ts';
import { queryToArrow, type ColumnInfo } from './arrow.ts';
import { sha256, sha256File } from './hash.ts';

/** One published file as the manifest lists it. */
export interface FileEntry {
	archivo: string;
	bytes: number;
	sha256: string;
}

/** One published table as the manifest lists it. */
export interface TableEntry {
	filas: number;
	columnas: ColumnInfo[];
	archivos: FileEntry[];
}

/**
 * Writes one table as `<dir>/<tabla>.parquet` (ZSTD, by DuckDB's COPY) and `<dir>/<tabla>.arrow`
 * (IPC stream), both from the same ordered query.
 */
export async function writeTable(
	conn: DuckDBConnection,
	out: TableOutput,
	dir: string
): Promise<TableEntry> {
	const parquet = join(dir, `${out.tabla}.parquet`);
	const arrow = await queryToArrow(conn, out.sql, new Set(out.dictionary));
	// `_salida` keeps the query's order (insertion order is preserved), so both files match.
	await conn.run(
		`COPY (SELECT * FROM _salida) TO '${parquet.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`
	);
	await conn.run('DROP TABLE _salida');
	await writeFile(join(dir, `${out.tabla}.arrow`), arrow.bytes);
	return {
		filas: arrow.rows,
		columnas: arrow.columns,
		archivos: [
			{
				archivo: `${out.tabla}.parquet`,
				bytes: (await stat(parquet)).size,
				sha256: await sha256File(parquet)
			},
			{ archivo: `${out.tabla}.arrow`, bytes: arrow.bytes.length, sha256: sha256(arrow.bytes) }
		]
	};
}
