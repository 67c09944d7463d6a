import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';

export type SqlType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'SMALLINT' | 'BOOLEAN';
export type Value = string | number | boolean | null;
export interface Column {
	name: string;
	type: SqlType;
}

/**
 * An in-memory DuckDB for one build. Two threads (the machines have two cores); spills to the
 * build's temp dir instead of growing without bound on a very large export.
 */
export async function openDb(tempDir: string): Promise<{ conn: DuckDBConnection; close(): void }> {
	const db = await DuckDBInstance.create(':memory:', {
		threads: '2',
		memory_limit: '1GB',
		temp_directory: tempDir,
		preserve_insertion_order: 'true'
	});
	const conn = await db.connect();
	let open = true;
	return {
		conn,
		close() {
			if (!open) return;
			open = false;
			conn.closeSync();
			db.closeSync();
		}
	};
}

/** Quotes an identifier for SQL (column names come from reference files). */
export const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Appends one value with the appender call matching its column type. */
export function appendValue(a: DuckDBAppender, type: SqlType, v: Value): void {
	if (v === null) a.appendNull();
	else if (type === 'VARCHAR') a.appendVarchar(String(v));
	else if (type === 'DOUBLE') a.appendDouble(Number(v));
	else if (type === 'INTEGER') a.appendInteger(Number(v));
	else if (type === 'SMALLINT') a.appendSmallInt(Number(v));
	else a.appendBoolean(Boolean(v));
}

/** Creates a staging table and fills it through DuckDB's appender (no SQL text per row). */
export async function createTable(
	conn: DuckDBConnection,
	name: string,
	columns: Column[],
	rows: Iterable<Value[]>
): Promise<void> {
	await conn.run(
		`CREATE TABLE ${ident(name)} (${columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`
	);
	const a = await conn.createAppender(name);
	for (const row of rows) {
		columns.forEach((c, i) => appendValue(a, c.type, row[i] ?? null));
		a.endRow();
	}
	a.closeSync();
}
