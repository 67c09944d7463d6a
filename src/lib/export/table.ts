import type { Connector, Query } from '$lib/data/types';
import type { Cell } from './csv';

/** Parquet physical/logical types an export column can take. */
export type ColumnType = 'STRING' | 'DOUBLE' | 'INT32' | 'BOOLEAN';

/** A column to export: its name and, preferably, its type (else inferred from the values). */
export interface ExportColumn {
	name: string;
	type?: ColumnType;
}

/** What a download contains: rows and the columns to write, in order. */
export interface ExportTable {
	rows: Record<string, Cell>[];
	columns: ExportColumn[];
}

/** Normalises `['a', { name: 'b', type: 'DOUBLE' }]` to column objects. */
export function columnsOf(columns: (string | ExportColumn)[]): ExportColumn[] {
	return columns.map((c) => (typeof c === 'string' ? { name: c } : c));
}

/** Runs a query and keeps the given columns (all the query returns when none are given). */
export async function tableFromQuery(
	conn: Connector,
	q: Query,
	columns?: (string | ExportColumn)[]
): Promise<ExportTable> {
	const rows = await conn.query<Record<string, Cell>>(q);
	const cols = columns ? columnsOf(columns) : Object.keys(rows[0] ?? {}).map((name) => ({ name }));
	return { rows, columns: cols };
}
