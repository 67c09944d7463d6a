// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Bytes of the uncompressed DuckDB-WASM engine (vite.config.ts `define`). */
	const __DUCKDB_WASM_BYTES__: number;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
