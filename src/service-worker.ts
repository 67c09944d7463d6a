/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit. The app shell (build files, fonts, top-level pages) is cached
 * per build (`version`), the small data files per data version (`manifest.json`); pages are
 * network first so new deployments show; the engine and large data files are cached once
 * fetched; data files answer `Range` requests from the cached whole file. The pure parts
 * (lists, names, strategies, ranges) live in `$lib/offline` (README there).
 */
import { base, build, files, version } from '$service-worker';
import { localeOfPath } from '$lib/i18n/locale';
import { offlineResponse } from '$lib/offline/offline-page';
import {
	ENGINE_CACHE,
	cacheKey,
	currentDataCache,
	dataCacheName,
	dataVersionOf,
	isEngineFile,
	precacheLists,
	shellCacheName,
	staleCaches,
	strategyFor
} from '$lib/offline/plan';
import { rangeResponse } from '$lib/offline/range';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = shellCacheName(version);
const MANIFEST = new URL(`${base}/data/manifest.json`, sw.location.href).href;
const lists = precacheLists(base, build, files);
/** `vite dev` (kit lists no build files there): install, but cache nothing and answer nothing. */
const DEV = build.length === 0;
/** After this long without an answer, a page is served from the cache if it is there. */
const PAGE_TIMEOUT_MS = 4_000;

/** Only complete, successful, same-origin answers are stored. */
const storable = (r: Response) => r.status === 200 && r.type === 'basic';

/** A stored copy without the "redirected" flag: such a response cannot answer a navigation. */
async function clean(r: Response): Promise<Response> {
	if (!r.redirected) return r;
	return new Response(await r.blob(), {
		status: r.status,
		statusText: r.statusText,
		headers: r.headers
	});
}

async function put(cache: Cache, key: string, r: Response): Promise<void> {
	if (storable(r)) await cache.put(key, await clean(r));
}

/** `put` into the cache named `name`; the caller clones the response before handing it on. */
const store = async (name: string, key: string, r: Response) =>
	storable(r) ? put(await caches.open(name), key, r) : undefined;

/** Fetches the URLs missing from `cache` (hashed build files are copied from an older cache). */
async function fill(cache: Cache, urls: string[]): Promise<void> {
	const queue = [...urls];
	const worker = async () => {
		for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
			const key = cacheKey(new URL(url, sw.location.href).href);
			if (await cache.match(key)) continue;
			const old = url.includes('/_app/immutable/') ? await caches.match(key) : undefined;
			// Hashed build files may come from the HTTP cache; everything else is revalidated.
			const r =
				old ??
				(await fetch(key, { cache: key.includes('/_app/immutable/') ? 'default' : 'no-cache' }));
			if (!storable(r)) throw new Error(`${url}: HTTP ${r.status}`);
			await cache.put(key, await clean(r));
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Data cache of the current data version (the newest one), if any. */
async function dataCache(): Promise<Cache | undefined> {
	const name = currentDataCache(await caches.keys());
	return name ? caches.open(name) : undefined;
}

/**
 * Fetches the manifest from the network; a version not seen before gets a fresh data cache,
 * and (unless `prune` is off, during install) the older data caches are deleted.
 */
async function refreshManifest(prune: boolean): Promise<Response> {
	const r = await fetch(MANIFEST, { cache: 'no-cache' });
	if (!storable(r)) return r;
	const v = dataVersionOf(
		await r
			.clone()
			.json()
			.catch(() => null)
	);
	if (!v) return r;
	const name = dataCacheName(v);
	const keys = await caches.keys();
	if (keys.includes(name) && currentDataCache(keys) !== name) await caches.delete(name);
	await put(await caches.open(name), MANIFEST, r.clone());
	if (prune) {
		const stale = staleCaches(await caches.keys(), SHELL, name).filter((k) => k !== SHELL);
		await Promise.all(stale.map((k) => caches.delete(k)));
	}
	return r;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			if (DEV) return sw.skipWaiting();
			await fill(await caches.open(SHELL), lists.shell);
			await refreshManifest(false);
			const data = await dataCache();
			if (data) await fill(data, lists.data);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			await Promise.all(staleCaches(keys, SHELL, null).map((k) => caches.delete(k)));
			// The engine's cache outlives builds while its hashed files are still in use.
			const engine = await caches.open(ENGINE_CACHE);
			const current = new Set(
				build.filter(isEngineFile).map((f) => cacheKey(new URL(f, sw.location.href).href))
			);
			for (const req of await engine.keys()) if (!current.has(req.url)) await engine.delete(req);
			await sw.clients.claim();
		})()
	);
});

/**
 * Network first with a timeout; the cached copy when the network fails or is slow. The copy is
 * stored beside the answer (not before it), so the page streams as usual.
 */
async function networkFirst(event: FetchEvent, key: string): Promise<Response | undefined> {
	const network = fetch(event.request);
	event.waitUntil(network.then((r) => store(SHELL, key, r.clone())).catch(() => {}));
	const slow = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), PAGE_TIMEOUT_MS));
	try {
		const first = await Promise.race([network, slow]);
		if (first !== 'slow') return first;
		return (await caches.match(key)) ?? (await network);
	} catch {
		return caches.match(key);
	}
}

/**
 * On the first visit DuckDB's worker starts before this worker controls the page, so the engine
 * is only in the HTTP cache. Copy it from there (no download: `only-if-cached`), so that the
 * engine also starts offline after the first visit.
 */
async function adoptEngine(): Promise<void> {
	const cache = await caches.open(ENGINE_CACHE);
	for (const file of build.filter(isEngineFile)) {
		const key = new URL(file, sw.location.href).href;
		if (await cache.match(key)) continue;
		const r = await fetch(key, { cache: 'only-if-cached', mode: 'same-origin' }).catch(
			() => undefined
		);
		if (r) await put(cache, key, r);
	}
}

let lastManifestCheck = 0;

async function page(event: FetchEvent, key: string): Promise<Response> {
	const r = await networkFirst(event, key);
	event.waitUntil(adoptEngine().catch(() => undefined));
	// A page came from the network: check the data version now and then (the pages may never
	// ask for the manifest themselves).
	if (r && Date.now() - lastManifestCheck > 60_000) {
		lastManifestCheck = Date.now();
		event.waitUntil(refreshManifest(true).catch(() => undefined));
	}
	// The offline page speaks the language of the page asked for (`/en/…`: English).
	return r ?? offlineResponse(base, localeOfPath(new URL(event.request.url).pathname, base));
}

/** In-flight whole-file downloads, so that parallel range reads of one file fetch it once. */
const downloads = new Map<string, Promise<Response>>();

async function dataFile(request: Request, key: string): Promise<Response> {
	const cache = await dataCache();
	let whole = await cache?.match(key);
	if (!whole) {
		let download = downloads.get(key);
		if (!download) {
			download = fetch(key, { cache: 'no-cache' }).then(async (r) => {
				if (cache) await put(cache, key, r.clone());
				return r;
			});
			downloads.set(key, download);
			download.finally(() => downloads.delete(key)).catch(() => {});
		}
		whole = (await download).clone();
		if (!whole.ok) return whole;
	}
	return rangeResponse(
		await whole.arrayBuffer(),
		whole.headers,
		request.headers.get('range'),
		request.method
	);
}

async function manifest(): Promise<Response> {
	try {
		return await refreshManifest(true);
	} catch (error) {
		const cached = await (await dataCache())?.match(MANIFEST);
		if (cached) return cached;
		throw error;
	}
}

async function cacheFirst(event: FetchEvent, key: string, cacheName: string): Promise<Response> {
	const cached = await caches.match(key);
	if (cached) return cached;
	const r = await fetch(event.request);
	// Stored beside the answer: the engine compiles while it downloads.
	event.waitUntil(store(cacheName, key, r.clone()).catch(() => {}));
	return r;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (DEV || url.origin !== sw.location.origin) return;
	const strategy = strategyFor(url.pathname, base, request.mode === 'navigate');
	const key = cacheKey(request.url);
	// A HEAD is answered only for data files (a Parquet reader may ask for the length first).
	if (request.method === 'HEAD' && strategy === 'data') {
		event.respondWith(dataFile(request, key));
		return;
	}
	if (request.method !== 'GET') return;
	switch (strategy) {
		case 'page':
			return event.respondWith(page(event, key));
		case 'manifest':
			return event.respondWith(manifest());
		case 'data':
			return event.respondWith(dataFile(request, key));
		case 'engine':
			return event.respondWith(cacheFirst(event, key, ENGINE_CACHE));
		case 'immutable':
			return event.respondWith(cacheFirst(event, key, SHELL));
		case 'other':
			return event.respondWith(networkFirst(event, key).then((r) => r ?? Response.error()));
		case 'network':
			return;
	}
});
