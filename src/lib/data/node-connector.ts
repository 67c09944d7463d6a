import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainRow } from './rows';
import { scanSql, type Scan } from './queries/scan';
import type { Connector, Query, Source } from './types';

/**
 * Connector for Node (unit tests and prerendering): the same SQL the browser runs, over the
 * published Parquet files in `<dir>/<table>.parquet`, each exposed as a view named after the table.
 */
export class NodeConnector implements Connector, Source {
	#conn: Promise<DuckDBConnection>;
	#views = new Map<string, Promise<void>>();

	constructor(private dir: string) {
		this.#conn = DuckDBInstance.create(':memory:').then((db) => db.connect());
	}

	async #ensure(table: string): Promise<void> {
		if (!/^[a-z_]+$/.test(table)) throw new Error(`tabla no válida: ${table}`);
		let p = this.#views.get(table);
		if (!p) {
			const file = join(this.dir, `${table}.parquet`).replaceAll("'", "''");
			p = this.#conn.then(async (c) => {
				await c.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${file}')`);
			});
			this.#views.set(table, p);
		}
		return p;
	}

	async query<T extends Record<string, unknown>>(q: Query): Promise<T[]> {
		await Promise.all(q.tables.map((t) => this.#ensure(t)));
		const conn = await this.#conn;
		const reader = await conn.runAndReadAll(q.sql, q.params);
		return reader.getRowObjectsJS().map((r) => plainRow<T>(r));
	}

	/** A scan as the SQL it stands for (what the page answers from the Parquet file itself). */
	scan<T extends Record<string, unknown>>(s: Scan): Promise<T[]> {
		return this.query<T>(scanSql(s));
	}

	async close(): Promise<void> {
		(await this.#conn).closeSync();
	}
}
