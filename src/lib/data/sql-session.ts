import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch } from 'apache-arrow';
import { WasmConnector, type OnProgress } from './wasm-connector';

/**
 * Run once every published table is loaded: from then on no SQL can read a file or URL, and no
 * SQL can switch that back on. This is the console's real boundary (sql-guard.ts only explains
 * refusals early).
 */
export const LOCKDOWN = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** A finished query: its Arrow batches and how long DuckDB took, start to last batch. */
export interface RawResult {
	batches: RecordBatch[];
	ms: number;
}

interface Opened {
	db: AsyncDuckDB;
	/** The connection that runs the researcher's SQL (cancelSent is per connection). */
	user: AsyncDuckDBConnection;
}

/**
 * The SQL console's own DuckDB-WASM: a second instance (worker) beside the site's shared engine,
 * holding every published table and locked down. Kept apart so that arbitrary SQL can neither
 * stall the map's queries (one worker runs one query at a time) nor drop or replace the tables
 * the map reads, and so the lock never applies to the map's lazy table loading.
 */
export class SqlSession {
	#connector: WasmConnector;
	#opened: Promise<Opened> | undefined;
	/** Who hears about loading progress (the page currently showing the console). */
	onProgress: OnProgress = () => {};

	constructor(
		base: string,
		private tables: string[]
	) {
		this.#connector = new WasmConnector(base, (phase, detail) => this.onProgress(phase, detail));
	}

	/** Starts the engine, loads every table and locks the session (once). */
	open(): Promise<Opened> {
		this.#opened ??= this.#open();
		this.#opened.catch(() => (this.#opened = undefined));
		return this.#opened;
	}

	async #open(): Promise<Opened> {
		const { db, conn } = await this.#connector.ready();
		await this.#connector.load(this.tables);
		for (const statement of LOCKDOWN) await conn.query(statement);
		return { db, user: await db.connect() };
	}

	/**
	 * Runs one statement. `send` without result streaming executes the whole query in short
	 * polled steps inside the worker, which is what lets `cancel()` interrupt it.
	 */
	async run(sql: string): Promise<RawResult> {
		const { user } = await this.open();
		const t0 = performance.now();
		const reader = await user.send(sql, false);
		const batches: RecordBatch[] = [];
		if (reader) for await (const batch of reader) batches.push(batch);
		return { batches, ms: performance.now() - t0 };
	}

	/** Asks DuckDB to stop the running query; `run()` then rejects with an interrupt. */
	async cancel(): Promise<void> {
		const opened = await this.#opened;
		await opened?.user.cancelSent();
	}
}

const sessions = new Map<string, SqlSession>();

/** One console session per browser tab: returning to /explorar reuses its loaded tables. */
export function getSqlSession(base: string, tables: string[]): SqlSession {
	const key = `${base}|${tables.join(',')}`;
	let s = sessions.get(key);
	if (!s) sessions.set(key, (s = new SqlSession(base, tables)));
	return s;
}
