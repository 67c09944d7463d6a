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
	tableToIPC,
	type Builder,
	type DataType,
	type Vector
} from 'apache-arrow';

/**
 * Arrow type for a DuckDB column type; dictionary columns get Dictionary<Utf8, Int32>. The
 * dictionary id is the column position: apache-arrow would otherwise draw it from a global
 * counter, and a second build in the same process would write different bytes.
 */
function arrowType(sqlType: string, dictionary: boolean, position: number): DataType {
	switch (sqlType) {
		case 'VARCHAR':
			return dictionary ? new Dictionary(new Utf8(), new Int32(), position) : new Utf8();
		case 'SMALLINT':
			return new Int16();
		case 'INTEGER':
			return new Int32();
		case 'DOUBLE':
			return new Float64();
		case 'BOOLEAN':
			return new Bool();
		default:
			throw new Error(`arrow: tipo SQL no previsto: ${sqlType}`);
	}
}

/** Column names and SQL types of a query's result, for Arrow and the manifest. */
export interface ColumnInfo {
	nombre: string;
	tipo: string;
	arrow: string;
}

/**
 * Runs a query and encodes its result as an Arrow IPC stream (what DuckDB-WASM ingests with
 * `insertArrowFromIPCStream`). Rows are read chunk by chunk straight into Arrow builders.
 */
export async function queryToArrow(
	conn: DuckDBConnection,
	sql: string,
	dictionary: Set<string>
): Promise<{ bytes: Uint8Array; rows: number; columns: ColumnInfo[] }> {
	const result = await conn.run(sql);
	const names = result.columnNames();
	const sqlTypes = result.columnTypes().map((t) => t.toString());
	const types = names.map((n, i) => arrowType(sqlTypes[i] ?? '', dictionary.has(n), i));
	const builders: Builder[] = types.map((type) => makeBuilder({ type, nullValues: [null] }));
	let rows = 0;
	for (
		let chunk = await result.fetchChunk();
		chunk && chunk.rowCount > 0;
		chunk = await result.fetchChunk()
	) {
		const n = chunk.rowCount;
		for (let c = 0; c < builders.length; c++) {
			const vec = chunk.getColumnVector(c);
			const b = builders[c] as Builder;
			for (let i = 0; i < n; i++) b.append(vec.getItem(i));
		}
		rows += n;
	}
	const vectors: Record<string, Vector> = {};
	names.forEach((n, i) => (vectors[n] = (builders[i] as Builder).finish().toVector()));
	const table = new Table(vectors);
	const columns = names.map((nombre, i) => ({
		nombre,
		tipo: sqlTypes[i] ?? '',
		arrow: String(types[i])
	}));
	return { bytes: tableToIPC(table, 'stream'), rows, columns };
}
