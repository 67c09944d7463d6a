import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { appVersion, basePath, precacheStaticFile } from './scripts/lib/app-version.js';

// Benchmarks (bench/run.ts) build the site from another data folder into another output folder,
// leaving the published `static/` and `build/` alone. The defaults are the normal build.
const staticDir = process.env.TABLERO_STATIC_DIR || 'static';
const buildDir = process.env.TABLERO_BUILD_DIR || 'build';
// Kit's own working folder (vite's output lives there too): separate, so a benchmark build does
// not replace what `vite preview` and the e2e tests serve.
const kitDir = process.env.TABLERO_KIT_DIR || '.svelte-kit';
// Serving under a sub-folder (`TABLERO_BASE=/tablero npm run build`): see README, «Publicar».
const base = basePath(process.env.TABLERO_BASE);
const root = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		files: { assets: staticDir },
		outDir: kitDir,
		paths: { base: /** @type {"" | `/${string}`} */ (base) },
		// Deterministic instead of kit's Date.now(): a hash of the site's inputs (the published data
		// included), so the same inputs build the same bytes and names the service worker's caches.
		version: {
			name: appVersion(
				root,
				['src', staticDir, 'package-lock.json', 'svelte.config.js', 'vite.config.ts'],
				[base, process.env.TABLERO_PERFILES_MAX ?? '']
			)
		},
		// src/service-worker.ts: offline after the first visit. Only small static files are precached.
		serviceWorker: { files: precacheStaticFile(staticDir) },
		// Small stylesheets go inline: on a 150 ms RTT link each one is a round trip before the
		// first paint (npm run bench). style-src allows inline styles, so the CSP needs no hash.
		inlineStyleThreshold: 10_000,
		// '/en' starts the crawl of the English mirror (src/hooks.ts); its pages link to each other.
		prerender: { entries: ['*', '/en'], handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages carry the policy in a <meta>; frame-ancestors cannot live there, so the
		// preview server (vite.config.ts) and build/_headers add it per path.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
