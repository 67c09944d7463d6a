import type { DuckDBConnection } from '@duckdb/node-api';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableOutput } from '../outputs/types.ts';
import { sha256File } from './hash.ts';
import type { TableEntry } from '../../src/lib/contract/manifest.ts';

export type { ColumnInfo, FileEntry, TableEntry } from '../../src/lib/contract/manifest.ts';

/**
 * Rows per Parquet row group. The browser reads these files with hyparquet over HTTP range
 * requests and skips the row groups whose statistics cannot match its filter (tables are sorted
 * by what the site filters on, e.g. `indicador`), so smaller groups mean fewer bytes per question;
 * 10 240 rows (5 DuckDB vectors) keeps a group of `resultados` near 40 KB. Measured in
 * `src/lib/data/README.md`.
 */
export const ROW_GROUP_SIZE = 10_240;

/**
 * Writes one table as `<dir>/<tabla>.parquet` (ZSTD, by DuckDB's COPY) from its ordered query.
 * The Parquet file is the one published truth: users download it and the page reads it.
 */
export async function writeTable(
	conn: DuckDBConnection,
	out: TableOutput,
	dir: string
): Promise<TableEntry> {
	const parquet = join(dir, `${out.tabla}.parquet`);
	await conn.run(`CREATE OR REPLACE TEMP TABLE _salida AS ${out.sql}`);
	const head = await conn.run('SELECT * FROM _salida LIMIT 0');
	const types = head.columnTypes().map((t) => t.toString());
	const columnas = head.columnNames().map((nombre, i) => ({ nombre, tipo: types[i] ?? '' }));
	const count = await conn.runAndReadAll('SELECT count(*)::INTEGER FROM _salida');
	const filas = Number(count.getRows()[0]?.[0] ?? 0);
	// `_salida` keeps the query's order (insertion order is preserved).
	await conn.run(
		`COPY (SELECT * FROM _salida) TO '${parquet.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`
	);
	await conn.run('DROP TABLE _salida');
	return {
		filas,
		columnas,
		archivos: [
			{
				archivo: `${out.tabla}.parquet`,
				bytes: (await stat(parquet)).size,
				sha256: await sha256File(parquet)
			}
		]
	};
}
