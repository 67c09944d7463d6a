import {
	Bool,
	Dictionary,
	Float64,
	Int16,
	Int32,
	Int64,
	Table,
	Utf8,
	makeData,
	makeVector,
	tableToIPC,
	type DataType,
	type Vector
} from 'apache-arrow';
import type { ColumnKind, ColumnValues } from './read';

// Vectors are assembled from typed arrays with `makeData`: apache-arrow's builders
// (`vectorFromArray`) compile their null checks with `new Function`, which the site's CSP forbids.

type Fixed = Exclude<ColumnKind, 'VARCHAR' | 'BOOLEAN'>;
const FIXED: Record<
	Fixed,
	{
		type: () => DataType;
		array: (n: number) => Int16Array | Int32Array | Float64Array | BigInt64Array;
	}
> = {
	SMALLINT: { type: () => new Int16(), array: (n) => new Int16Array(n) },
	INTEGER: { type: () => new Int32(), array: (n) => new Int32Array(n) },
	BIGINT: { type: () => new Int64(), array: (n) => new BigInt64Array(n) },
	DOUBLE: { type: () => new Float64(), array: (n) => new Float64Array(n) }
};

/** Validity bitmap of a column (undefined when nothing is null) and its null count. */
function validity(values: ArrayLike<unknown>): { bitmap?: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array((values.length + 7) >> 3);
	let nulls = 0;
	for (let i = 0; i < values.length; i++) {
		if (values[i] === null || values[i] === undefined) nulls++;
		else bitmap[i >> 3]! |= 1 << (i & 7);
	}
	return nulls ? { bitmap, nulls } : { nulls };
}

function fixed(kind: Fixed, values: ArrayLike<unknown>): Vector {
	const { type, array } = FIXED[kind];
	const data = array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === null || v === undefined) continue;
		data[i] = kind === 'BIGINT' ? BigInt(v as bigint | number) : (Number(v) as never);
	}
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: type(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		} as never)
	);
}

function bools(values: ArrayLike<unknown>): Vector {
	const data = new Uint8Array((values.length + 7) >> 3);
	for (let i = 0; i < values.length; i++) if (values[i] === true) data[i >> 3]! |= 1 << (i & 7);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Bool(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		})
	);
}

/** Plain UTF-8 text: every value encoded into one buffer, with offsets. */
function utf8(values: ArrayLike<unknown>): Vector<Utf8> {
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	const offsets = new Int32Array(values.length + 1);
	let size = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v !== null && v !== undefined) {
			const b = encoder.encode(String(v));
			parts.push(b);
			size += b.length;
		}
		offsets[i + 1] = size;
	}
	const data = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		data.set(p, at);
		at += p.length;
	}
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			valueOffsets: offsets,
			data
		})
	);
}

/**
 * Text as a dictionary when values repeat (codes, names of sectors): fewer bytes to copy into the
 * engine's worker. Dictionary ids are the column positions (apache-arrow would otherwise draw them
 * from a global counter).
 */
function text(values: ArrayLike<unknown>, id: number): Vector {
	const index = new Map<string, number>();
	const codes = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === null || v === undefined) continue;
		const s = String(v);
		let c = index.get(s);
		if (c === undefined) index.set(s, (c = index.size));
		codes[i] = c;
	}
	if (index.size > values.length / 2) return utf8(values);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Dictionary(new Utf8(), new Int32(), id),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data: codes,
			dictionary: utf8([...index.keys()])
		} as never)
	);
}

/** A table read from Parquet as an Arrow IPC stream, which DuckDB-WASM ingests as it is. */
export function toArrowIPC(columns: ColumnValues[]): Uint8Array {
	const vectors: Record<string, Vector> = {};
	columns.forEach((c, i) => {
		vectors[c.name] =
			c.kind === 'VARCHAR'
				? text(c.values, i)
				: c.kind === 'BOOLEAN'
					? bools(c.values)
					: fixed(c.kind, c.values);
	});
	return tableToIPC(new Table(vectors), 'stream');
}
