import type {
	AsyncDuckDB,
	AsyncDuckDBConnection,
	AsyncPreparedStatement
} from '@duckdb/duckdb-wasm';
import { plainRow } from './rows';
import type { Connector, Query } from './types';

export type LoadPhase = 'motor' | 'tablas';

/** Progress callback: which phase is running and, for tables, which one. */
export type OnProgress = (phase: LoadPhase, detail?: string) => void;

/**
 * DuckDB-WASM in a worker, self-hosted. Published tables arrive as Arrow IPC working copies
 * (`<base>/data/<table>.arrow`) because 1.32's parquet reader is an extension that would be
 * downloaded from a CDN (see README.md). Tables load on first use; statements are prepared once.
 */
export class WasmConnector implements Connector {
	#db: Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> | undefined;
	#tables = new Map<string, Promise<void>>();
	#prepared = new Map<string, Promise<AsyncPreparedStatement>>();

	constructor(
		private base: string,
		private onProgress: OnProgress = () => {}
	) {}

	/** Starts the engine (once); resolves when it can run SQL. */
	ready() {
		this.#db ??= this.#start();
		return this.#db;
	}

	async #start() {
		this.onProgress('motor');
		const { startDuckDB } = await import('./wasm-start');
		return startDuckDB(this.base);
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
		const [{ conn }, res] = await Promise.all([
			this.ready(),
			fetch(`${this.base}/data/${table}.arrow`).catch((e: unknown) => {
				throw new Error(`No se pudo descargar la tabla «${table}» (sin conexión con el sitio).`, {
					cause: e
				});
			})
		]);
		this.onProgress('tablas', table);
		if (!res.ok) throw new Error(`No se pudo descargar la tabla «${table}» (HTTP ${res.status}).`);
		const bytes = new Uint8Array(await res.arrayBuffer());
		try {
			await conn.insertArrowFromIPCStream(bytes, { name: table, create: true });
		} catch (e) {
			// Arrow's and DuckDB's own messages are English internals; the reader needs to know
			// which file is bad. A partial insert leaves nothing behind to clean: `create` failed.
			throw new Error(
				`La tabla «${table}» está dañada: el archivo descargado no es un Arrow IPC válido.`,
				{ cause: e }
			);
		}
		// Download + ingest time, visible in DevTools and read by `npm run bench`.
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
		const table = await (await stmt).query(...q.params);
		const rows = table.toArray().map((r) => plainRow<T>(r.toJSON() as Record<string, unknown>));
		// Worker round trip + decoding, once the tables are loaded (DevTools, `npm run bench`).
		performance.measure(`tablero:consulta:${q.tables.join(',')}`, { start });
		return rows;
	}
}
