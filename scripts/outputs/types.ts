/**
 * A published table: one query (with a total ORDER BY, so files are byte-stable) written as
 * `<tabla>.parquet`. Column types come from the query's SQL types.
 */
export interface TableOutput {
	tabla: string;
	sql: string;
}
