// Guard around DuckDB-WASM's worker (a classic script, loaded below with importScripts).
// When the worker cannot download or compile the WASM, DuckDB's code rejects a promise that
// nobody handles, so the page never hears of it and `instantiate()` hangs. Re-throwing such
// rejections as uncaught errors makes the browser fire the Worker's `error` event in the page,
// which turns into a clear message there (src/lib/data/wasm-start.ts).
self.addEventListener('unhandledrejection', (event) => {
	event.preventDefault();
	const reason = event.reason;
	setTimeout(() => {
		throw reason instanceof Error ? reason : new Error(String(reason));
	});
});
const src = new URL(self.location.href).searchParams.get('src');
if (!src || new URL(src, self.location.href).origin !== self.location.origin) {
	throw new Error('Worker de DuckDB no válido');
}
importScripts(src);
