import type {
	AsyncDuckDB,
	AsyncDuckDBConnection,
	AsyncPreparedStatement
} from '@duckdb/duckdb-wasm';
import { parquetSizes, parseManifest, type Manifest } from '../contract/manifest';
import * as m from '../i18n/messages/data';
import { damaged, DataFileError, unreachable } from './parquet/file';
import { publishedSource, type ParquetSource } from './parquet/source';
import { plainRow } from './rows';
import type { Connector, Query } from './types';

export type LoadPhase = 'motor' | 'tablas';

/**
 * Progress callback: which phase is running and, for tables, which one; for the engine, the bytes
 * downloaded so far and in all (as sent over the network when the server says so).
 */
export type OnProgress = (phase: LoadPhase, detail?: string, bytes?: [number, number]) => void;

/** The published tables as the manifest lists them: the data version and each Parquet's size. */
async function sourceFromManifest(base: string): Promise<ParquetSource> {
	let json: unknown;
	try {
		const res = await fetch(`${base}/data/manifest.json`);
		if (!res.ok) throw unreachable('manifest.json', `HTTP ${res.status}`);
		json = await res.json();
	} catch (e) {
		throw e instanceof Error && e.name === 'DataFileError' ? e : damaged('manifest.json', e);
	}
	// A manifest that does not match the contract is a Spanish error naming it, not a crash later.
	let m: Manifest;
	try {
		m = parseManifest(json);
	} catch (e) {
		throw new DataFileError('manifest.json', (e as Error).message, { cause: e });
	}
	return publishedSource(base, m.version, parquetSizes(m));
}

/**
 * DuckDB-WASM in a worker, self-hosted, started only when something needs ad-hoc SQL. Tables are
 * the published Parquet files, decoded in the page (`parquet/read.ts`: 1.32's own Parquet reader
 * is an extension that would be downloaded from a CDN) and ingested as Arrow on first use.
 * Statements are prepared once.
 */
/** What the reader is told when the engine's worker dies under a query. */
export function engineDiedMessage(why: string): string {
	return m.engineDied(why);
}

type Started = Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection; died: Promise<never> }>;

export class WasmConnector implements Connector {
	#db: Started | undefined;
	#tables = new Map<string, Promise<void>>();
	#prepared = new Map<string, Promise<AsyncPreparedStatement>>();
	#source: Promise<ParquetSource>;

	constructor(
		private base: string,
		private onProgress: OnProgress = () => {},
		source?: ParquetSource
	) {
		this.#source = source ? Promise.resolve(source) : sourceFromManifest(base);
		this.#source.catch(() => {});
	}

	/** Starts the engine (once); resolves when it can run SQL. */
	ready() {
		if (!this.#db) {
			const started = this.#start();
			this.#db = started;
			// A failed start (network, blocked WASM) is tried again on the next request; so is a
			// worker that dies later: its tables and statements go with it.
			started.then(
				({ died }) => died.catch(() => this.#forget(started)),
				() => this.#forget(started)
			);
		}
		return this.#db;
	}

	#forget(db: Started) {
		if (this.#db !== db) return;
		this.#db = undefined;
		this.#tables.clear();
		this.#prepared.clear();
	}

	/** `p`, or an error (page's language) as soon as the worker dies (it would never answer). */
	async #whileAlive<T>(p: Promise<T>): Promise<T> {
		const { died } = await this.ready();
		return Promise.race([
			p,
			died.catch((e: unknown) => {
				const err = new Error(engineDiedMessage(e instanceof Error ? e.message : String(e)), {
					cause: e
				});
				// Recognised by name (the message is in the page's language).
				err.name = 'EngineDied';
				throw err;
			})
		]);
	}

	async #start() {
		this.onProgress('motor');
		const { startDuckDB } = await import('./wasm-start');
		return startDuckDB(this.base, (loaded, total) =>
			this.onProgress('motor', undefined, [loaded, total])
		);
	}

	#ensure(table: string): Promise<void> {
		let p = this.#tables.get(table);
		if (!p) {
			p = this.#load(table);
			p.catch(() => this.#tables.delete(table));
			this.#tables.set(table, p);
		}
		return p;
	}

	async #load(table: string): Promise<void> {
		if (!/^[a-z_]+$/.test(table)) throw new Error(`tabla no válida: ${table}`);
		const start = performance.now();
		const [{ conn }, columns, { toArrowIPC }] = await Promise.all([
			this.ready(),
			this.#source.then((s) => s.columns(table)),
			import('./parquet/to-arrow')
		]);
		this.onProgress('tablas', table);
		try {
			await this.#whileAlive(
				conn.insertArrowFromIPCStream(toArrowIPC(columns), { name: table, create: true })
			);
		} catch (e) {
			if (e instanceof Error && e.name === 'EngineDied') throw e;
			// Arrow's and DuckDB's own messages are English internals; the reader needs to know
			// which file is bad. A failed insert leaves nothing behind to clean: `create` failed.
			throw damaged(`${table}.parquet`, e);
		}
		// Download + decoding + ingest time, visible in DevTools and read by `npm run bench`.
		performance.measure(`tablero:tabla:${table}`, { start });
	}

	/** Loads these tables now, once each (the SQL console wants all of them before it locks). */
	async load(tables: string[]): Promise<void> {
		await Promise.all(tables.map((t) => this.#ensure(t)));
	}

	async query<T extends Record<string, unknown>>(q: Query): Promise<T[]> {
		await Promise.all(q.tables.map((t) => this.#ensure(t)));
		const { conn } = await this.ready();
		const start = performance.now();
		let stmt = this.#prepared.get(q.sql);
		if (!stmt) this.#prepared.set(q.sql, (stmt = conn.prepare(q.sql)));
		const table = await this.#whileAlive(stmt.then((s) => s.query(...q.params)));
		const rows = table.toArray().map((r) => plainRow<T>(r.toJSON() as Record<string, unknown>));
		// Worker round trip + decoding, once the tables are loaded (DevTools, `npm run bench`).
		performance.measure(`tablero:consulta:${q.tables.join(',')}`, { start });
		return rows;
	}
}
