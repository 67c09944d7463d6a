import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch } from 'apache-arrow';
import { formatInteger } from '../format/number';
import * as m from '../i18n/messages/data';
import { engineFault, plainMessage } from './sql-errors';
import { WasmConnector, type OnProgress } from './wasm-connector';

/**
 * Run once every published table is loaded: from then on no SQL can read a file or URL, and no
 * SQL can switch that back on. This is the console's real boundary (sql-guard.ts only explains
 * refusals early).
 */
export const LOCKDOWN = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/**
 * How each researcher's statement runs, so that it can never change what the next one sees: on a
 * fresh connection (prepared statements, variables, temporary objects and the search path die
 * with it), inside a transaction that is always rolled back (DuckDB's DDL is transactional:
 * `CREATE OR REPLACE TABLE`, `… MACRO`, `DROP`, `INSERT`, even under `EXPLAIN ANALYZE`, are
 * undone). The statement is exactly one, as DuckDB's own tokenizer counts it, so a `COMMIT` can
 * only end a transaction in which nothing was written.
 */
export const RUN_BEGIN = 'BEGIN TRANSACTION';
export const RUN_END = 'ROLLBACK';

/** How long Cancel waits for DuckDB to stop before the worker is terminated and restarted. */
export const CANCEL_GRACE_MS = 1000;

/** A finished query: its Arrow batches and how long DuckDB took, start to last batch. */
export interface RawResult {
	batches: RecordBatch[];
	ms: number;
}

/** What the console's DuckDB really holds once loaded: rows per table, and what failed. */
export interface Inventory {
	/** Rows counted by DuckDB in each table that exists. */
	filas: Record<string, number>;
	/** Tables that could not be loaded, with the reason in the page's language (naming the file). */
	fallas: { tabla: string; mensaje: string }[];
}

/** The statement was refused before running (more than one statement, none). */
export class SqlRefusal extends Error {}

/** The engine was stopped and will start again from the published files; `message` says why. */
export class EngineReset extends Error {}

/** DuckDB's tokenizer output (`AsyncDuckDB.tokenize`): token start offsets and types. */
export interface Tokens {
	offsets: number[];
	types: number[];
}

/** Statements in `sql` as DuckDB tokenizes it (comments are not tokens; `;` separates). */
export function statementCount(sql: string, tokens: Tokens): number {
	let count = 0;
	let open = false;
	for (const offset of tokens.offsets) {
		if (sql[offset] === ';') open = false;
		else if (!open) {
			open = true;
			count++;
		}
	}
	return count;
}

interface Engine {
	db: AsyncDuckDB;
	inventory: Inventory;
	alive: boolean;
	/** Rejects when the engine is killed (trap, dead worker, cancel that would not stop). */
	dead: Promise<never>;
	kill: (reason: Error) => void;
}

interface Running {
	engine: Engine;
	conn: AsyncDuckDBConnection;
	done: Promise<unknown>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The SQL console's own DuckDB-WASM: a second instance (worker) beside the site's shared engine,
 * holding every published table and locked down. Kept apart so that arbitrary SQL can neither
 * stall the map's queries (one worker runs one query at a time) nor touch the tables the map
 * reads, and so the lock never applies to the map's lazy table loading. When the engine traps,
 * runs out of memory, dies, or does not stop on Cancel, its worker is terminated and the next
 * `open()` starts a new one from the published files.
 */
export class SqlSession {
	#engine: Promise<Engine> | undefined;
	#running: Running | null = null;
	/** Who hears about loading progress (the page currently showing the console). */
	onProgress: OnProgress = () => {};

	constructor(
		private base: string,
		private tables: string[]
	) {}

	/** Starts the engine, loads every table it can, locks the session (once per engine). */
	async open(): Promise<Inventory> {
		return (await this.#ready()).inventory;
	}

	#ready(): Promise<Engine> {
		if (!this.#engine) {
			const p = this.#start();
			this.#engine = p;
			p.catch(() => {
				if (this.#engine === p) this.#engine = undefined;
			});
		}
		return this.#engine;
	}

	async #start(): Promise<Engine> {
		const connector = new WasmConnector(this.base, (phase, detail) =>
			this.onProgress(phase, detail)
		);
		const { db, conn } = await connector.ready();
		const fallas: Inventory['fallas'] = [];
		// One table at a time is tried on its own: a damaged file is reported, not hidden.
		await Promise.all(
			this.tables.map((t) =>
				connector.load([t]).catch((e: unknown) => {
					fallas.push({ tabla: t, mensaje: e instanceof Error ? e.message : String(e) });
				})
			)
		);
		for (const statement of LOCKDOWN) await conn.query(statement);
		const filas = await countRows(conn);
		let reject: (e: Error) => void = () => {};
		const dead = new Promise<never>((_, r) => (reject = r));
		dead.catch(() => {});
		const engine: Engine = {
			db,
			inventory: { filas, fallas },
			alive: true,
			dead,
			kill: (reason) => {
				if (!engine.alive) return;
				engine.alive = false;
				if (this.#engine && this.#running?.engine === engine) this.#running = null;
				this.#engine = undefined;
				reject(reason);
				void db.terminate().catch(() => {});
			}
		};
		// A worker that dies (crash, out of memory) leaves DuckDB-WASM's requests pending forever.
		const worker = (db as unknown as { _worker: Worker | null })._worker;
		worker?.addEventListener('error', (e) => {
			e.preventDefault();
			engine.kill(new EngineReset(faultMessage(e.message || m.sqlEngineStopped())));
		});
		return engine;
	}

	/**
	 * Runs one statement, isolated (see RUN_BEGIN). `send` without result streaming executes the
	 * query in short polled steps inside the worker, which is what lets `cancel()` interrupt it.
	 */
	async run(sql: string): Promise<RawResult> {
		const engine = await this.#ready();
		const n = statementCount(sql, await Promise.race([engine.db.tokenize(sql), engine.dead]));
		if (n === 0) throw new SqlRefusal(m.sqlEmpty());
		if (n > 1) throw new SqlRefusal(m.sqlOneStatementDuckdb());
		const conn = await Promise.race([engine.db.connect(), engine.dead]);
		let settle: (v?: unknown) => void = () => {};
		const running: Running = { engine, conn, done: new Promise((r) => (settle = r)) };
		this.#running = running;
		try {
			await Promise.race([conn.query(RUN_BEGIN), engine.dead]);
			const t0 = performance.now();
			const batches = await Promise.race([collect(conn, sql), engine.dead]);
			return { batches, ms: performance.now() - t0 };
		} catch (e) {
			const fault = engineFault(plainMessage(e instanceof Error ? e.message : String(e)));
			if (fault && engine.alive) engine.kill(new EngineReset(faultMessage(fault)));
			throw engine.alive ? e : await engine.dead.catch((reason: unknown) => reason);
		} finally {
			settle();
			if (this.#running === running) this.#running = null;
			if (engine.alive) await this.#finish(engine, conn);
		}
	}

	/** Rolls the run back and closes its connection; if that fails, the engine is replaced. */
	async #finish(engine: Engine, conn: AsyncDuckDBConnection): Promise<void> {
		try {
			await Promise.race([conn.query(RUN_END), engine.dead]);
		} catch (e) {
			// A lone COMMIT/ROLLBACK ended the transaction with nothing written in it; anything
			// else means the state is unknown: start again from the published files.
			const text = plainMessage(e instanceof Error ? e.message : String(e));
			if (!/no transaction is active/i.test(text) && engine.alive)
				engine.kill(new EngineReset(faultMessage(text)));
		}
		if (engine.alive) await Promise.race([conn.close(), engine.dead]).catch(() => {});
	}

	/**
	 * Stops the running query: DuckDB's interrupt first; if the engine has not stopped within
	 * CANCEL_GRACE_MS (a single long function call never yields), its worker is terminated and
	 * `run()` rejects with an `EngineReset`. Resolves once the run has ended either way.
	 */
	async cancel(): Promise<void> {
		const running = this.#running;
		if (!running) return;
		void running.conn.cancelSent().catch(() => {});
		const stopped = await Promise.race([
			running.done.then(() => true),
			sleep(CANCEL_GRACE_MS).then(() => false)
		]);
		if (!stopped) running.engine.kill(new EngineReset(m.sqlCancelRestart()));
	}
}

/** Runs the statement and reads every batch. */
async function collect(conn: AsyncDuckDBConnection, sql: string): Promise<RecordBatch[]> {
	const reader = await conn.send(sql, false);
	const batches: RecordBatch[] = [];
	if (reader) for await (const batch of reader) batches.push(batch);
	return batches;
}

/** Rows per table (or view) of the main database, as DuckDB counts them. */
async function countRows(conn: AsyncDuckDBConnection): Promise<Record<string, number>> {
	const names = (
		await conn.query(
			// Tables or views (a connector may expose a published file as a view).
			"SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY 1"
		)
	)
		.toArray()
		.map((r) => String((r as { table_name: string }).table_name))
		.filter((t) => /^[a-z_][a-z0-9_]*$/.test(t));
	if (!names.length) return {};
	const sql = names.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM "${t}"`).join(' UNION ALL ');
	const out: Record<string, number> = {};
	for (const r of (await conn.query(sql)).toArray()) {
		const row = r as { t: string; n: number | bigint };
		out[row.t] = Number(row.n);
	}
	return out;
}

/** The message (page's language) for an engine that failed and is being restarted. */
export function faultMessage(detail: string): string {
	const oom = /out of memory|memoria/i.test(detail);
	return m.sqlFault(oom, detail.slice(0, 200));
}

/** A published table as the console's DuckDB really holds it. */
export interface LoadedTable {
	tabla: string;
	/** Rows the manifest says it has. */
	esperadas: number;
	/** Rows DuckDB counted, or null when the table does not exist in the console. */
	filas: number | null;
}

/** Problems (page's language) for the tables that failed to load or arrived with other row counts. */
export function loadProblems(
	inv: Inventory,
	expected: { tabla: string; filas: number }[]
): string[] {
	const failed = new Map(inv.fallas.map((f) => [f.tabla, f.mensaje]));
	const out: string[] = [];
	for (const { tabla, filas } of expected) {
		const got = inv.filas[tabla];
		if (failed.has(tabla) || got === undefined)
			out.push(m.tableWorksWithout(failed.get(tabla) ?? m.tableMissing(tabla)));
		else if (got !== filas)
			out.push(m.tableIncomplete(tabla, formatInteger(got), formatInteger(filas)));
	}
	return out;
}

const sessions = new Map<string, SqlSession>();

/** One console session per browser tab: returning to /explorar reuses its loaded tables. */
export function getSqlSession(base: string, tables: string[]): SqlSession {
	const key = `${base}|${tables.join(',')}`;
	let s = sessions.get(key);
	if (!s) sessions.set(key, (s = new SqlSession(base, tables)));
	return s;
}
