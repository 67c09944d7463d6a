import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import * as m from '../i18n/messages/data';
import { engineStartMessage } from './engine-errors';
import { networkBytes } from './engine-progress';

/**
 * Starts DuckDB-WASM from the bundle served by our own origin (Vite copies it into the build).
 * Loaded with a dynamic import from the browser only: importing it at the top of a module that
 * prerendering evaluates would break the build. Only the `eh` bundle ships: it needs WebAssembly
 * exception handling (every browser since 2021–2022); the `mvp` fallback would add 39 MB to the
 * build for browsers that cannot run the rest of the site either, and such a browser gets a
 * Spanish message (the map and evolution never need the engine). The `coi` bundle is never used:
 * it needs cross-origin isolation, which third-party iframes cannot provide.
 */
/** Generous: on a slow 3G link the 7 MB (compressed) WASM alone takes tens of seconds. */
const START_TIMEOUT_MS = 120_000;

/**
 * Starts DuckDB; `base` is the site's base path (where static/duckdb-worker.js is served);
 * `onBytes` follows the engine's download.
 */
export async function startDuckDB(
	base: string,
	onBytes: (loaded: number, total: number) => void = () => {}
) {
	const { supported } = await duckdb.getPlatformFeatures().then(
		(p) => ({ supported: p.wasmExceptions }),
		() => ({ supported: true })
	);
	if (!supported) throw new Error(m.engineUnsupported());
	const bundle = { mainModule: ehWasm, mainWorker: ehWorker };
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
		setTimeout(() => reject(new Error(m.engineTimeout())), START_TIMEOUT_MS);
	});
	failed.catch(() => {});
	try {
		await Promise.race([
			db
				.instantiate(bundle.mainModule, null, (p) =>
					onBytes(...networkBytes(p.bytesLoaded, p.bytesTotal, __DUCKDB_WASM_BYTES__))
				)
				.catch((e: unknown) => {
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
		// From now on, an `error` event means the worker died (a WASM trap, out of memory): what was
		// sent to it will never be answered.
		const died = new Promise<never>((_, reject) => {
			worker.addEventListener('error', (e) => {
				e.preventDefault();
				worker.terminate();
				reject(new Error(e.message || m.engineInternal()));
			});
		});
		died.catch(() => {});
		return { db, conn, died };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}
