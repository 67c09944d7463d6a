import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { engineStartMessage } from './engine-errors';

/**
 * Starts DuckDB-WASM from bundles served by our own origin (Vite copies them into the build).
 * Loaded with a dynamic import from the browser only: importing it at the top of a module that
 * prerendering evaluates would break the build. The `coi` bundle is never used: it needs
 * cross-origin isolation, which third-party iframes cannot provide.
 */
/** Generous: on a slow 3G link the 7 MB (compressed) WASM alone takes tens of seconds. */
const START_TIMEOUT_MS = 120_000;

/** Starts DuckDB; `base` is the site's base path (where static/duckdb-worker.js is served). */
export async function startDuckDB(base: string) {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	if (!bundle.mainWorker) throw new Error('Este navegador no puede iniciar el motor de datos.');
	const guard = `${base}/duckdb-worker.js?src=${encodeURIComponent(bundle.mainWorker)}`;
	const worker = new Worker(guard);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// A worker that cannot fetch or compile the WASM reports it only as an `error` event and
	// `instantiate()` never settles; turn that (or a stall) into a rejection with a clear reason.
	const failed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (e) => {
			e.preventDefault();
			reject(new Error(engineStartMessage(e.message ?? '')));
		});
		setTimeout(() => reject(new Error('DuckDB-WASM tardó demasiado en iniciar')), START_TIMEOUT_MS);
	});
	failed.catch(() => {});
	try {
		await Promise.race([
			db.instantiate(bundle.mainModule).catch((e: unknown) => {
				throw new Error(engineStartMessage(String(e)), {
					cause: e
				});
			}),
			failed
		]);
		// Decimals (e.g. a literal 1.5 in the SQL console) as doubles: Arrow JS has no decimal numbers.
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
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
