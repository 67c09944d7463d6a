/**
 * A published table: one query (with a total ORDER BY, so files are byte-stable) written as
 * `<tabla>.parquet` and `<tabla>.arrow`. Column types come from the query's SQL types;
 * `dictionary` lists the low-cardinality text columns stored as Dictionary<Utf8, Int32> in Arrow.
 */
export interface TableOutput {
	tabla: string;
	sql: string;
	dictionary: string[];
}
