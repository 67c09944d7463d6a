import { DataType, type RecordBatch } from 'apache-arrow';
import type { Cell } from '../export/csv';

/** One column of a console result: its (deduplicated) name and a SQL-like type name. */
export interface ResultColumn {
	name: string;
	type: string;
	numeric: boolean;
}

/** The Arrow type of a DuckDB result as the SQL type a researcher knows. */
export function sqlTypeName(type: DataType): string {
	if (DataType.isDictionary(type)) return sqlTypeName(type.dictionary);
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
	if (DataType.isBool(type)) return 'BOOLEAN';
	if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
	if (DataType.isInt(type)) {
		const name = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' }[type.bitWidth];
		return type.isSigned ? (name ?? 'INTEGER') : `U${name ?? 'INTEGER'}`;
	}
	if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
	if (DataType.isDate(type)) return 'DATE';
	if (DataType.isTimestamp(type)) return 'TIMESTAMP';
	if (DataType.isTime(type)) return 'TIME';
	if (DataType.isInterval(type) || DataType.isDuration(type)) return 'INTERVAL';
	if (DataType.isList(type) || DataType.isFixedSizeList(type)) return 'LIST';
	if (DataType.isStruct(type)) return 'STRUCT';
	if (DataType.isMap(type)) return 'MAP';
	if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return 'BLOB';
	if (DataType.isNull(type)) return 'NULL';
	return String(type);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function jsonSafe(value: unknown): string {
	const plain =
		value && typeof value === 'object' && 'toJSON' in value
			? (value as { toJSON(): unknown }).toJSON()
			: value;
	return JSON.stringify(plain, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

/**
 * One Arrow value as a CSV-ready cell: dates as `AAAA-MM-DD`, timestamps as ISO text without
 * zone (DuckDB's TIMESTAMP has none), big integers as numbers when exact, lists and structs as
 * JSON, binary as its size.
 */
export function toCell(value: unknown, type: DataType): Cell {
	if (value === null || value === undefined) return null;
	if (DataType.isDate(type) && (typeof value === 'number' || value instanceof Date))
		return isoDate(typeof value === 'number' ? value : value.getTime());
	if (DataType.isTimestamp(type) && typeof value === 'number')
		return new Date(value)
			.toISOString()
			.replace('T', ' ')
			.replace(/\.000Z$|Z$/, '');
	if (typeof value === 'bigint')
		return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	if (value instanceof Date) return value;
	if (value instanceof Uint8Array) return `(${value.length} bytes)`;
	return jsonSafe(value);
}

/** Column names made unique (`SELECT 1 AS a, 2 AS a` gives `a`, `a_2`), so rows can be keyed. */
export function resultColumns(batch: RecordBatch | undefined): ResultColumn[] {
	const seen = new Map<string, number>();
	return (batch?.schema.fields ?? []).map((f) => {
		const n = (seen.get(f.name) ?? 0) + 1;
		seen.set(f.name, n);
		const type = sqlTypeName(f.type);
		const numeric =
			DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type);
		return { name: n === 1 ? f.name : `${f.name}_${n}`, type, numeric };
	});
}

/** Rows `[from, to)` of a batched result as objects keyed by the deduplicated column names. */
export function resultRows(
	batches: RecordBatch[],
	columns: ResultColumn[],
	limit = Infinity
): Record<string, Cell>[] {
	const rows: Record<string, Cell>[] = [];
	for (const batch of batches) {
		const vectors = batch.schema.fields.map((f, j) => ({ f, v: batch.getChildAt(j) }));
		for (let i = 0; i < batch.numRows && rows.length < limit; i++) {
			const row: Record<string, Cell> = {};
			vectors.forEach(({ f, v }, j) => (row[columns[j]!.name] = toCell(v?.get(i), f.type)));
			rows.push(row);
		}
		if (rows.length >= limit) break;
	}
	return rows;
}
