// Plain JavaScript (with JSDoc types): svelte.config.js imports it, and that file is loaded by
// tools that do not run TypeScript (eslint, svelte-check, vite).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** @param {string} dir @returns {string[]} every file below `dir`, sorted, as absolute paths */
function walk(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.flatMap((e) => {
			const full = join(dir, e.name);
			if (e.isDirectory()) return walk(full);
			return e.isFile() ? [full] : [];
		});
}

/**
 * A deterministic `kit.version.name`: the first 12 hex digits of a SHA-256 over what the built
 * site is made of (the given folders and files except tests, by relative path and content, plus
 * `extra` strings such as the base path). Kit's default is `Date.now()`, which changes the service
 * worker, `_app/version.json` and the hashed entry chunks on every build even when nothing
 * changed; with this, the same inputs give the same bytes, and a deployment that changes nothing
 * does not make browsers reinstall the service worker.
 * @param {string} root project folder (paths are hashed relative to it)
 * @param {string[]} inputs folders or files, relative to `root`
 * @param {string[]} [extra] other strings that change the output
 * @returns {string}
 */
export function appVersion(root, inputs, extra = []) {
	const h = createHash('sha256');
	for (const s of extra) h.update(`extra\0${s}\0`);
	for (const input of inputs) {
		const abs = resolve(root, input);
		// Tests do not reach the built site: editing one must not change the version.
		const files =
			existsSync(abs) && statSync(abs).isDirectory()
				? walk(abs).filter((f) => !/\.test\.[jt]s$/.test(f))
				: [abs];
		for (const file of files) {
			if (!existsSync(file)) continue;
			h.update(`file\0${relative(root, file).split(sep).join('/')}\0`);
			h.update(readFileSync(file));
		}
	}
	return h.digest('hex').slice(0, 12);
}

/** Files in `static/` larger than this are not precached by the service worker. */
export const PRECACHE_MAX_BYTES = 1024 * 1024;

/**
 * `kit.serviceWorker.files`: which files of the assets folder the service worker precaches
 * (`$service-worker.files`). Everything small; big data files (the long Parquet tables at scale)
 * are cached when first fetched instead. The CSV zip is a download, not something a view reads.
 * @param {string} assetsDir the assets folder (kit.files.assets)
 * @returns {(file: string) => boolean}
 */
export function precacheStaticFile(assetsDir) {
	return (file) => {
		if (/(^|\/)\.DS_Store$/.test(file) || file.endsWith('.zip')) return false;
		try {
			return statSync(resolve(assetsDir, file)).size <= PRECACHE_MAX_BYTES;
		} catch {
			return false;
		}
	};
}

/**
 * The site's base path from an environment value (`TABLERO_BASE=/tablero`): '' for the root,
 * otherwise a leading slash and no trailing slash, as kit's `paths.base` requires.
 * @param {string | undefined} value
 * @returns {string}
 */
export function basePath(value) {
	const v = (value ?? '').trim().replace(/\/+$/, '');
	if (v === '') return '';
	if (!/^\/[A-Za-z0-9._~\-/]+$/.test(v) || v.includes('//')) {
		throw new Error(`TABLERO_BASE debe ser una ruta como /tablero (recibido: ${value})`);
	}
	return v;
}
