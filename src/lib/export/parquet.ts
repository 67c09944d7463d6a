import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Cell } from './csv';
import type { ColumnType, ExportColumn } from './table';

/**
 * The type of a column without a declared one: all booleans → BOOLEAN; all integers within
 * 32 bits → INT32; all numbers → DOUBLE; anything else (or no values) → STRING.
 */
export function inferType(values: Cell[]): ColumnType {
	const present = values.filter((v) => v !== null && v !== undefined);
	if (present.length === 0) return 'STRING';
	if (present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
	if (present.every((v) => typeof v === 'number')) {
		const ints = present.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31);
		return ints ? 'INT32' : 'DOUBLE';
	}
	return 'STRING';
}

function convert(v: Cell, type: ColumnType): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (type === 'STRING') return v instanceof Date ? v.toISOString() : String(v);
	if (type === 'BOOLEAN') return typeof v === 'boolean' ? v : v === 'true' || v === 1;
	const n = typeof v === 'number' ? v : Number(v);
	if (!Number.isFinite(n)) return null;
	return type === 'INT32' ? Math.round(n) : n;
}

/**
 * A Parquet file (Snappy, one row group per 100 000 rows) written in the browser with
 * hyparquet-writer: DuckDB-WASM cannot write Parquet without downloading an extension. Every
 * column is nullable; `metadata` goes to the file's key-value metadata.
 */
export function toParquet(
	rows: Record<string, Cell>[],
	columns: ExportColumn[],
	metadata: { key: string; value: string }[] = []
): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: columns.map((c) => {
			const type = c.type ?? inferType(rows.map((r) => r[c.name]));
			return { name: c.name, type, data: rows.map((r) => convert(r[c.name], type)) };
		}),
		kvMetadata: metadata,
		createdBy: 'Tablero Clúster (hyparquet-writer)',
		rowGroupSize: 100_000
	});
	return new Uint8Array(buffer);
}
