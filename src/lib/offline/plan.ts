/**
 * What the service worker caches, under which names, and how it answers each kind of request.
 * Pure functions of URLs and cache names, so they are tested without a browser.
 */

const PREFIX = 'tablero-';
/** The app shell (build files, top-level pages, small static files, visited pages) of one build. */
export const shellCacheName = (version: string) => `${PREFIX}app-${version}`;
/** The published data of one data version (`version` in `/data/manifest.json`). */
export const dataCacheName = (dataVersion: string) => `${PREFIX}datos-${dataVersion}`;
/** DuckDB-WASM (engine and worker): hashed, immutable names, kept across builds while in use. */
export const ENGINE_CACHE = `${PREFIX}motor`;

export const isShellCache = (name: string) => name.startsWith(`${PREFIX}app-`);
export const isDataCache = (name: string) => name.startsWith(`${PREFIX}datos-`);

/** The data version a manifest declares, or null if it declares none. */
export function dataVersionOf(manifest: unknown): string | null {
	const v = (manifest as { version?: unknown } | null)?.version;
	return typeof v === 'string' && /^[\w.-]{1,64}$/.test(v) ? v : null;
}

/**
 * Caches to delete, given every cache name of the origin (in creation order), the current
 * shell cache and the current data cache (null: keep only the newest data cache).
 */
export function staleCaches(keys: string[], shell: string, data: string | null): string[] {
	const dataKeys = keys.filter(isDataCache);
	const keepData = data ?? dataKeys.at(-1);
	return keys.filter((k) => (isShellCache(k) && k !== shell) || (isDataCache(k) && k !== keepData));
}

/** The current data cache among all cache names: the newest one created. */
export const currentDataCache = (keys: string[]) => keys.filter(isDataCache).at(-1) ?? null;

/** The engine's files: the WASM modules and DuckDB's worker scripts (large, hashed names). */
export const isEngineFile = (path: string) =>
	path.endsWith('.wasm') || /\/duckdb-browser-[^/]*\.worker\.[^/]*\.js$/.test(path);

/** Published data: `<base>/data/*` and `<base>/geo/*`. */
export const isDataFile = (path: string, base: string) =>
	path.startsWith(`${base}/data/`) || path.startsWith(`${base}/geo/`);

/**
 * The prerendered pages of the app shell: every page route without parameters (the top-level
 * sections and embeds). Not the pages generated per initiative, which can be thousands: they
 * are cached when visited. A fixed list rather than kit's `prerendered` array, which names every
 * generated page and would make the service worker script grow with them (megabytes at 20 000
 * initiatives); `plan.test.ts` checks it against `src/routes`.
 */
export const SHELL_ROUTES = [
	'/',
	'/evolucion',
	'/iniciativas',
	'/departamentos',
	'/datos',
	'/explorar',
	'/embed/mapa',
	'/embed/evolucion',
	'/404'
];

/** Prerendered files (endpoints without parameters) the shell's pages read. */
export const SHELL_ENDPOINTS = ['/iniciativas/indice.json', '/iniciativas/mapa-base.svg'];

/** The English mirror of a shell route (`/` → `/en`, `/datos` → `/en/datos`). */
const english = (route: string) => (route === '/' ? '/en' : `/en${route}`);

/**
 * The shell's page URLs, each with the `__data.json` that client-side navigation reads: the
 * Spanish pages, the shared endpoints, then the same pages in English (`/en/…`), so that both
 * languages work offline the same way.
 */
export function shellPages(base: string): string[] {
	return [
		...SHELL_ROUTES.flatMap((r) => [
			r === '/' ? `${base}/` : base + r,
			`${base}${r === '/' ? '' : r}/__data.json`
		]),
		...SHELL_ENDPOINTS.map((e) => base + e),
		...SHELL_ROUTES.map(english).flatMap((r) => [base + r, `${base}${r}/__data.json`])
	];
}

/** What the service worker fetches on install: the shell (by build) and the small data files. */
export interface Precache {
	shell: string[];
	data: string[];
}

/**
 * The precache lists from kit's `$service-worker` lists (`files` is already limited to small
 * files by `kit.serviceWorker.files` in svelte.config.js). Left out: the engine (tens of MB,
 * cached once it is fetched) and `.woff` fonts (every browser that runs a service worker takes
 * the `.woff2`).
 */
export function precacheLists(base: string, build: string[], files: string[]): Precache {
	const shell = [
		...build.filter((f) => !isEngineFile(f) && !f.endsWith('.woff')),
		...files.filter((f) => !isDataFile(f, base)),
		...shellPages(base)
	];
	const data = files.filter((f) => isDataFile(f, base));
	return { shell: [...new Set(shell)], data: [...new Set(data)] };
}

/** How a same-origin GET is answered. */
export type Strategy =
	/** Let the browser go to the network (the service worker script, kit's version check). */
	| 'network'
	/** A page: network first (new deployments show), then the cached page, then an offline page. */
	| 'page'
	/** `/data/manifest.json`: network first; a new version replaces the data cache. */
	| 'manifest'
	/** A data file: from the data cache (ranges cut from the whole file), else fetched whole once. */
	| 'data'
	/** The engine: cache first in its own cache. */
	| 'engine'
	/** A hashed build file: cache first. */
	| 'immutable'
	/** Anything else of ours (page data, prerendered JSON/SVG, favicon): network first, cached. */
	| 'other';

export function strategyFor(path: string, base: string, navigate: boolean): Strategy {
	if (base && path !== base && !path.startsWith(`${base}/`)) return 'network';
	if (path === `${base}/service-worker.js` || path === `${base}/_app/version.json`)
		return 'network';
	if (navigate) return 'page';
	if (path === `${base}/data/manifest.json`) return 'manifest';
	if (isDataFile(path, base)) return 'data';
	if (isEngineFile(path)) return 'engine';
	if (path.startsWith(`${base}/_app/immutable/`)) return 'immutable';
	return 'other';
}

/** The cache key of a URL: without its query (prerendered pages and files ignore it). */
export function cacheKey(url: string): string {
	const u = new URL(url);
	u.search = '';
	u.hash = '';
	return u.href;
}
