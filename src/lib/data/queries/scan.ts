import type { Query } from '../types';

type Scalar = string | number | boolean;

/**
 * A read of one published table that needs no query engine: some columns, the rows whose columns
 * equal the given values, in a given order. The browser answers it by reading the Parquet file
 * itself (`parquet-source.ts`, row groups pruned by their statistics); Node answers the SQL that
 * `scanSql` derives from the same definition, and tests hold the two equal.
 */
export interface Scan {
	table: string;
	columns: string[];
	where: Record<string, Scalar>;
	/** Sort keys, ascending; together they must make the order total. */
	order: string[];
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
	if (!IDENT.test(name)) throw new Error(`nombre no válido: ${name}`);
	return name;
}

/** The SQL equivalent of a scan, with the values bound as parameters. */
export function scanSql(s: Scan): Query {
	const where = Object.keys(s.where).map((c) => `${ident(c)} = ?`);
	return {
		sql: `SELECT ${s.columns.map(ident).join(', ')}
FROM ${ident(s.table)}${where.length ? `\nWHERE ${where.join(' AND ')}` : ''}
ORDER BY ${s.order.map(ident).join(', ')}`,
		params: Object.values(s.where),
		tables: [s.table]
	};
}

/** Whether a row passes the scan's equality filter. */
export function matches(s: Scan, row: Record<string, unknown>): boolean {
	for (const [c, v] of Object.entries(s.where)) if (row[c] !== v) return false;
	return true;
}

function compare(a: unknown, b: unknown): number {
	if (a === b) return 0;
	// NULLS LAST, DuckDB's default for ascending order.
	if (a === null || a === undefined) return 1;
	if (b === null || b === undefined) return -1;
	return (a as number | string) < (b as number | string) ? -1 : 1;
}

/**
 * Sorts rows by the scan's keys as DuckDB's ORDER BY would for these types: numbers numerically,
 * text by code point (the published keys are ASCII codes), booleans false first, nulls last.
 */
export function sortRows<T extends Record<string, unknown>>(s: Scan, rows: T[]): T[] {
	return rows.sort((a, b) => {
		for (const k of s.order) {
			const c = compare(a[k], b[k]);
			if (c) return c;
		}
		return 0;
	});
}

/** Keeps only the scan's columns of a row (a file read may bring more). */
export function project<T extends Record<string, unknown>>(
	s: Scan,
	row: Record<string, unknown>
): T {
	const out: Record<string, unknown> = {};
	for (const c of s.columns) out[c] = row[c] ?? null;
	return out as T;
}
