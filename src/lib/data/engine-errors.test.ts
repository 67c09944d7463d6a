import { describe, expect, it } from 'vitest';
import { engineStartMessage } from './engine-errors';

// Raw messages as Chromium reported them in tests/e2e/robustez.e2e.ts.
describe('engineStartMessage()', () => {
	it.each([
		[
			"NetworkError: Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at 'http://x/duckdb-browser-eh.worker.js' failed to load.",
			'no se pudo descargar el programa del motor de consultas (worker de DuckDB-WASM)'
		],
		[
			"Uncaught SyntaxError: Failed to execute 'importScripts' on 'WorkerGlobalScope': Unexpected identifier 'is'",
			'el programa del motor de consultas (worker de DuckDB-WASM) llegó dañado'
		],
		[
			'TypeError: Failed to fetch',
			'no se pudo descargar el motor de consultas (archivo WebAssembly de DuckDB)'
		],
		[
			"TypeError: Failed to execute 'compile' on 'WebAssembly': HTTP status code is not ok",
			'no se pudo descargar el motor de consultas (archivo WebAssembly de DuckDB)'
		],
		[
			'CompileError: WebAssembly.instantiateStreaming(): expected magic word 00 61 73 6d, found 6e 6f 74 20 @+0',
			'el motor de consultas (archivo WebAssembly de DuckDB) llegó dañado o incompleto'
		],
		['', 'no se pudo cargar el programa del motor de consultas (worker de DuckDB-WASM)']
	])('%s', (raw, expected) => {
		expect(engineStartMessage(raw)).toBe(expected);
	});

	it('keeps an unknown message as detail', () => {
		expect(engineStartMessage('RangeError: out of memory')).toBe(
			'el motor de consultas DuckDB-WASM no pudo iniciar (RangeError: out of memory)'
		);
	});
});
