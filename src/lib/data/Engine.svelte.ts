import { WasmConnector, type LoadPhase } from './wasm-connector';
import type { Connector } from './types';

export type EngineStatus = 'inactivo' | 'cargando' | 'listo' | 'error';

const PHASES: Record<LoadPhase, string> = {
	motor: 'Cargando el motor de consultas (DuckDB-WASM)…',
	tablas: 'Cargando tablas…'
};

/**
 * The in-browser query engine's lifecycle, observable by the UI: started lazily once, after first
 * paint, and reporting progress and failure in plain Spanish.
 */
export class Engine {
	status = $state<EngineStatus>('inactivo');
	progress = $state('');
	error = $state<string | null>(null);
	#connector: WasmConnector;
	#ready: Promise<Connector> | undefined;

	constructor(base: string) {
		this.#connector = new WasmConnector(base, (phase, detail) => {
			this.progress = detail ? `${PHASES[phase]} (${detail})` : PHASES[phase];
		});
	}

	/** Starts DuckDB once; every caller shares the same promise. */
	start(): Promise<Connector> {
		this.#ready ??= (async () => {
			this.status = 'cargando';
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
		return this.#ready;
	}
}

let shared: Engine | undefined;

/**
 * The one engine of the browser session: every page uses it, so navigating between pages never
 * starts a second DuckDB worker or loads a table twice.
 */
export function getEngine(base: string): Engine {
	shared ??= new Engine(base);
	return shared;
}
