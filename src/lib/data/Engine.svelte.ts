import { progressMessage } from './engine-progress';
import type { ParquetSource } from './parquet/source';
import type { Connector } from './types';
import type { WasmConnector } from './wasm-connector';

export type EngineStatus = 'inactivo' | 'cargando' | 'listo' | 'error';

/**
 * The in-browser SQL engine's lifecycle, observable by the UI: started only when the reader opens
 * something that needs ad-hoc SQL (never for the first view, the map or the default evolution),
 * once, from one shared promise, reporting its download in bytes and any failure in the page's language.
 */
export class Engine {
	status = $state<EngineStatus>('inactivo');
	progress = $state('');
	error = $state<string | null>(null);
	#connector: Promise<WasmConnector> | undefined;
	#ready: Promise<Connector> | undefined;

	constructor(
		private base: string,
		private source?: ParquetSource
	) {}

	/** The connector's code is loaded with the engine, never with a page's first view. */
	#connect(): Promise<WasmConnector> {
		this.#connector ??= import('./wasm-connector').then(
			({ WasmConnector }) =>
				new WasmConnector(
					this.base,
					(phase, detail, bytes) => (this.progress = progressMessage(phase, detail, bytes)),
					this.source
				)
		);
		this.#connector.catch(() => (this.#connector = undefined));
		return this.#connector;
	}

	/** Starts DuckDB once; every caller shares the same promise. A failure can be retried. */
	start(): Promise<Connector> {
		this.#ready ??= (async () => {
			this.status = 'cargando';
			this.error = null;
			try {
				const connector = await this.#connect();
				await connector.ready();
				// For `npm run bench` (and DevTools): when interactive queries became possible.
				performance.mark('tablero:duckdb-listo');
				this.status = 'listo';
				this.progress = '';
				return connector;
			} catch (e) {
				this.status = 'error';
				this.error = e instanceof Error ? e.message : String(e);
				throw e;
			}
		})();
		this.#ready.catch(() => (this.#ready = undefined));
		return this.#ready;
	}
}
