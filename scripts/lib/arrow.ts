import type { DuckDBConnection } from '@duckdb/node-api';
import {
	Bool,
	Dictionary,
	Float64,
	Int16,
	Int32,
	Table,
	Utf8,
	makeBuilder,
	makeData,
	makeVector,
	tableToIPC,
	vectorFromArray,
	type Builder,
	type DataType,
	type Vector
} from 'apache-arrow';
import { ident } from './duckdb.ts';

/** Column names and SQL types of a query's result, for Arrow and the manifest. */
export interface ColumnInfo {
	nombre: string;
	tipo: string;
	arrow: string;
}

type Typed = Int16Array | Int32Array | Float64Array;
const TYPED: Record<string, (n: number) => Typed> = {
	SMALLINT: (n) => new Int16Array(n),
	INTEGER: (n) => new Int32Array(n),
	DOUBLE: (n) => new Float64Array(n)
};

/** Collects one fixed-width column straight into a typed array plus a validity bitmap. */
class TypedColumn {
	values: Typed;
	valid: Uint8Array;
	nulls = 0;
	constructor(kind: string, n: number) {
		this.values = (TYPED[kind] ?? TYPED.INTEGER!)(n);
		this.valid = new Uint8Array((n + 7) >> 3);
	}
	set(i: number, v: number | null) {
		if (v === null) this.nulls++;
		else {
			this.values[i] = v;
			this.valid[i >> 3]! |= 1 << (i & 7);
		}
	}
	data(type: DataType, dictionary?: Vector) {
		const nullBitmap = this.nulls ? this.valid : undefined;
		const length = this.values.length;
		return makeData({
			type,
			length,
			nullCount: this.nulls,
			nullBitmap,
			data: this.values,
			dictionary
		} as never);
	}
}

/**
 * Encodes a query's result as an Arrow IPC stream (what DuckDB-WASM ingests with
 * `insertArrowFromIPCStream`). The query is materialised once, as the temp table `_salida`
 * (left for the caller to write as Parquet and drop); dictionary columns are encoded in
 * DuckDB (sorted distinct values → ENUM → `enum_code`) so only integers cross into JavaScript,
 * and fixed-width columns are copied into typed arrays instead of going through Arrow builders.
 * Dictionary ids are the column positions: apache-arrow would otherwise draw them from a global
 * counter and a second build in the same process would write different bytes.
 */
export async function queryToArrow(
	conn: DuckDBConnection,
	sql: string,
	dictionary: Set<string>
): Promise<{ bytes: Uint8Array; rows: number; columns: ColumnInfo[] }> {
	await conn.run(`CREATE OR REPLACE TEMP TABLE _salida AS ${sql}`);
	const head = await conn.run('SELECT * FROM _salida LIMIT 0');
	const names = head.columnNames();
	const sqlTypes = head.columnTypes().map((t) => t.toString());
	const count = await conn.runAndReadAll('SELECT count(*)::INTEGER FROM _salida');
	const n = Number(count.getRows()[0]?.[0] ?? 0);

	const dicts = new Map<number, string[]>();
	const select: string[] = [];
	for (const [i, name] of names.entries()) {
		const col = ident(name);
		if (sqlTypes[i] === 'VARCHAR' && dictionary.has(name)) {
			// The ENUM's own order is read back, so codes and dictionary agree by construction.
			await conn.run(`DROP TYPE IF EXISTS _dic_${i}`);
			await conn.run(
				`CREATE TYPE _dic_${i} AS ENUM (SELECT DISTINCT ${col} FROM _salida WHERE ${col} IS NOT NULL ORDER BY 1)`
			);
			const read = await conn.runAndReadAll(`SELECT unnest(enum_range(NULL::_dic_${i}))::VARCHAR`);
			dicts.set(
				i,
				read.getRows().map((r) => String(r[0]))
			);
			select.push(`enum_code(${col}::_dic_${i})::INTEGER`);
		} else select.push(col);
	}

	const typed = names.map((_, i) => {
		const kind = dicts.has(i) ? 'INTEGER' : (sqlTypes[i] ?? '');
		return TYPED[kind] ? new TypedColumn(kind, n) : null;
	});
	const builders = names.map((_, i) => {
		if (typed[i]) return null;
		const type =
			sqlTypes[i] === 'BOOLEAN' ? new Bool() : sqlTypes[i] === 'VARCHAR' ? new Utf8() : null;
		if (!type) throw new Error(`arrow: tipo SQL no previsto: ${sqlTypes[i]}`);
		return makeBuilder({ type: type as DataType, nullValues: [null] }) as Builder;
	});

	const result = await conn.run(`SELECT ${select.join(', ')} FROM _salida`);
	let row = 0;
	for (
		let chunk = await result.fetchChunk();
		chunk && chunk.rowCount > 0;
		chunk = await result.fetchChunk()
	) {
		const size = chunk.rowCount;
		for (let c = 0; c < names.length; c++) {
			const vec = chunk.getColumnVector(c);
			const t = typed[c];
			const b = builders[c];
			if (t) for (let i = 0; i < size; i++) t.set(row + i, vec.getItem(i) as number | null);
			else if (b) for (let i = 0; i < size; i++) b.append(vec.getItem(i));
		}
		row += size;
	}

	const vectors: Record<string, Vector> = {};
	const types: DataType[] = [];
	names.forEach((name, i) => {
		const values = dicts.get(i);
		const t = typed[i];
		let vector: Vector;
		if (values && t) {
			const type = new Dictionary(new Utf8(), new Int32(), i);
			vector = makeVector(t.data(type, vectorFromArray(values, new Utf8())));
		} else if (t) {
			const type =
				sqlTypes[i] === 'SMALLINT'
					? new Int16()
					: sqlTypes[i] === 'INTEGER'
						? new Int32()
						: new Float64();
			vector = makeVector(t.data(type));
		} else vector = (builders[i] as Builder).finish().toVector();
		types.push(vector.type as DataType);
		vectors[name] = vector;
	});
	const columns = names.map((nombre, i) => ({
		nombre,
		tipo: sqlTypes[i] ?? '',
		arrow: String(types[i])
	}));
	return { bytes: tableToIPC(new Table(vectors), 'stream'), rows: n, columns };
}
