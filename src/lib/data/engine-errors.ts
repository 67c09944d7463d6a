import * as m from '../i18n/messages/data';

/**
 * Why DuckDB-WASM did not start, in words a reader can act on (in the page's language), from the browser's raw
 * message, which is English and differs by browser. Every answer names DuckDB, so a report of the
 * problem points at the right part.
 */
export function engineStartMessage(raw: string): string {
	const text = raw.replace(/^Uncaught /, '').trim();
	if (/importScripts/.test(text) && /failed to load|NetworkError/i.test(text))
		return m.engineWorkerDownload();
	if (/SyntaxError|Unexpected (token|identifier|end of input)/.test(text))
		return m.engineWorkerDamaged();
	if (/HTTP status code is not ok|Failed to fetch|NetworkError|Load failed/i.test(text))
		return m.engineWasmDownload();
	if (/CompileError|magic word|WebAssembly/i.test(text)) return m.engineWasmDamaged();
	if (text === '') return m.engineWorkerLoad();
	return m.engineCouldNotStart(text);
}
