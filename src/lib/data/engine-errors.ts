/**
 * Why DuckDB-WASM did not start, in words a reader can act on (Spanish), from the browser's raw
 * message, which is English and differs by browser. Every answer names DuckDB, so a report of the
 * problem points at the right part.
 */
export function engineStartMessage(raw: string): string {
	const m = raw.replace(/^Uncaught /, '').trim();
	if (/importScripts/.test(m) && /failed to load|NetworkError/i.test(m))
		return 'no se pudo descargar el programa del motor de consultas (worker de DuckDB-WASM)';
	if (/SyntaxError|Unexpected (token|identifier|end of input)/.test(m))
		return 'el programa del motor de consultas (worker de DuckDB-WASM) llegó dañado';
	if (/HTTP status code is not ok|Failed to fetch|NetworkError|Load failed/i.test(m))
		return 'no se pudo descargar el motor de consultas (archivo WebAssembly de DuckDB)';
	if (/CompileError|magic word|WebAssembly/i.test(m))
		return 'el motor de consultas (archivo WebAssembly de DuckDB) llegó dañado o incompleto';
	if (m === '')
		return 'no se pudo cargar el programa del motor de consultas (worker de DuckDB-WASM)';
	return `el motor de consultas DuckDB-WASM no pudo iniciar (${m})`;
}
