import { progressMessage } from './engine-progress';
import type { ParquetSource } from './parquet/source';
import type { Connector } from './types';
import { WasmConnector } from './wasm-connector';

export type EngineStatus = 'inactivo' | 'cargando' | 'listo' | 'error';

/**
 * The in-browser SQL engine's lifecycle, observable by the UI: started only when the reader opens
 * something that needs ad-hoc SQL (never for the first view, the map or the default evolution),
 * once, from one shared promise, reporting its download in bytes and any failure in Spanish.
 */
export class Engine {
	status = $state<EngineStatus>('inactivo');
	progress = $state('');
	error = $state<string | null>(null);
	#connector: WasmConnector;
	#ready: Promise<Connector> | undefined;

	constructor(base: string, source?: ParquetSource) {
		this.#connector = new WasmConnector(
			base,
			(phase, detail, bytes) => (this.progress = progressMessage(phase, detail, bytes)),
			source
		);
	}

	/** Starts DuckDB once; every caller shares the same promise. A failure can be retried. */
	start(): Promise<Connector> {
		this.#ready ??= (async () => {
			this.status = 'cargando';
			this.error = null;
			try {
				await this.#connector.ready();
				// For `npm run bench` (and DevTools): when interactive queries became possible.
				performance.mark('tablero:duckdb-listo');
				this.status = 'listo';
				this.progress = '';
				return this.#connector;
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
