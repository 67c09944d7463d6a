import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/**
 * Starts DuckDB-WASM from bundles served by our own origin (Vite copies them into the build).
 * Loaded with a dynamic import from the browser only: importing it at the top of a module that
 * prerendering evaluates would break the build. The `coi` bundle is never used: it needs
 * cross-origin isolation, which third-party iframes cannot provide.
 */
export async function startDuckDB() {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	if (!bundle.mainWorker) throw new Error('Este navegador no puede iniciar el motor de datos.');
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await db.instantiate(bundle.mainModule);
		await db.open({ query: { castBigIntToDouble: true } });
		const conn = await db.connect();
		// Never fetch extensions (they come from a third-party CDN, and offline the worker traps).
		await conn.query(`SET autoload_known_extensions = false`);
		await conn.query(`SET autoinstall_known_extensions = false`);
		return { db, conn };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}
